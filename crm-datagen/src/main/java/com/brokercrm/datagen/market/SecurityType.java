package com.brokercrm.datagen.market;

/** Kind of product, as in {@code securities.csv}. */
public enum SecurityType {
    STOCK,
    ETF,
    FUND,
    BOND,
    WMP
}
