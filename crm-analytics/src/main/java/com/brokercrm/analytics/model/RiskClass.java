package com.brokercrm.analytics.model;

/** The founding document's risk-preference classes: 风险偏好型, 风险厌恶型, 风险保守型. */
public enum RiskClass {
    RISK_SEEKING,
    RISK_AVERSE,
    CONSERVATIVE
}
