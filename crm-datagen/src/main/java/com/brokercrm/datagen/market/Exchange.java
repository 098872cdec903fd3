package com.brokercrm.datagen.market;

/** Where a security trades: the Shanghai, Shenzhen or Beijing exchange, or over the counter. */
public enum Exchange {
    SH,
    SZ,
    BJ,
    OTC
}
