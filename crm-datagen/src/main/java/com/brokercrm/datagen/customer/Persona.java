package com.brokercrm.datagen.customer;

/** The three risk-preference classes of the founding document (风险偏好型, 风险厌恶型, 风险保守型). */
public enum Persona {
    RISK_SEEKING,
    RISK_AVERSE,
    CONSERVATIVE
}
