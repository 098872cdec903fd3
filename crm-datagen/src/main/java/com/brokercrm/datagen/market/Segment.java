package com.brokercrm.datagen.market;

/**
 * The market segments a client's board mix is expressed over: main-board shares, the three
 * high-risk boards, ST shares (any board), ETFs and over-the-counter products (funds, bonds, WMPs).
 */
public enum Segment {
    MAIN,
    STAR,
    CHINEXT,
    BSE,
    ST,
    ETF,
    OTC;

    /** True for the segments whose products are rated R4 (the high-risk boards and ST). */
    public boolean highRisk() {
        return this == STAR || this == CHINEXT || this == BSE || this == ST;
    }
}
