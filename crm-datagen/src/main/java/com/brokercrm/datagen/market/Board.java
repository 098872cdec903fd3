package com.brokercrm.datagen.market;

/** Listing board of a stock; {@code NA} for ETFs and over-the-counter products. */
public enum Board {
    MAIN,
    STAR,
    CHINEXT,
    BSE,
    NA
}
