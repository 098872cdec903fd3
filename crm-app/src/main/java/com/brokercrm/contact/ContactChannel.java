package com.brokercrm.contact;

/** How a contact happened (the contact table's channel codes). */
public enum ContactChannel {
    CALL_IN,
    CALL_OUT,
    EMAIL,
    SMS,
    WECHAT,
    WEB,
    VISIT
}
