package com.brokercrm.datagen.output;

/** The files the generator writes, with their header rows (import format v1 plus {@code truth.csv}). */
public enum OutputFile {
    BRANCHES("branches.csv", "branch_id,name,city,region,opened_on", null),
    STAFF("staff.csv", "staff_id,name,role,branch_id,hired_on,left_on", null),
    SECURITIES("securities.csv", "security_code,exchange,name,type,board,risk_rating,is_st,industry", null),
    CUSTOMERS(
            "customers.csv",
            "customer_id,name,gender,birth_date,id_number,phone,email,city,occupation,education,income_band,"
                    + "open_date,branch_id,manager_id,broker_id,investor_type,risk_level,risk_assessed_on,status,"
                    + "status_date,id_expires_on",
            null),
    PRICES("prices.csv", "exchange,security_code,trade_date,close", null),
    TRADES(
            "trades.csv",
            "trade_id,customer_id,trade_date,trade_time,exchange,security_code,side,quantity,price,amount,"
                    + "commission,stamp_duty,transfer_fee,channel",
            "T"),
    FUND_FLOWS("fund_flows.csv", "flow_id,customer_id,flow_date,direction,amount,kind", "F"),
    DAILY_ASSETS("daily_assets.csv", "customer_id,as_of,cash,market_value,margin_debt", null),
    POSITIONS("positions.csv", "customer_id,as_of,exchange,security_code,quantity,cost_amount,market_value", null),
    CONTACTS(
            "contacts.csv",
            "contact_id,customer_id,staff_id,channel,occurred_at,duration_s,topic,outcome,satisfaction,note",
            "CT"),
    CHURN_EVENTS("churn_events.csv", "customer_id,event_date,type,reason_code,destination,note", null),
    MARKET_VOLUME("market_volume.csv", "region,month,market_amount,market_accounts", null),
    TRUTH(
            "truth.csv",
            "customer_id,persona,behaves_as,atypical,churn_kind,churn_type,churn_date,"
                    + "drift_start,reason_code,destination,commission_rate,holding_days,target_positions,equity_share,"
                    + "buy_propensity,turnover_target,w_main,w_star,w_chinext,w_bse,w_st,w_etf,w_otc,star_permission,margin,"
                    + "max_leverage,start_assets,risk_level,suitability_mismatch,dormant_since",
            null);

    /** Width of the running number in generated identifiers such as {@code T000000001}. */
    public static final int ID_DIGITS = 9;

    private final String fileName;
    private final String header;
    private final String idPrefix;

    OutputFile(String fileName, String header, String idPrefix) {
        this.fileName = fileName;
        this.header = header;
        this.idPrefix = idPrefix;
    }

    public String fileName() {
        return fileName;
    }

    public String header() {
        return header;
    }

    /** Prefix of the running identifier in the first column, or null when the file has none. */
    public String idPrefix() {
        return idPrefix;
    }
}
