package com.brokercrm.contact;

/** What a client may say they want in a contact: the tags staff tick when logging it. */
public enum Need {
    CASH_MANAGEMENT,
    WEALTH_PRODUCTS,
    MARGIN_TRADING,
    BOARD_PERMISSION,
    ADVISORY,
    LOWER_FEES,
    ACCOUNT_SERVICE,
    PLATFORM_HELP,
    COMPLAINT,
    OTHER
}
