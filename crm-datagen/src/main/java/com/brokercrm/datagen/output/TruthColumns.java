package com.brokercrm.datagen.output;

/**
 * Columns of {@code truth.csv}, the planted answer key (never imported):
 *
 * <ul>
 *   <li>{@code customer_id}; {@code persona}: RISK_SEEKING, RISK_AVERSE or CONSERVATIVE (the class a
 *       model should find); {@code behaves_as}: the persona whose parameter distribution was used
 *       (differs for the ~12% atypical clients); {@code atypical}: true/false;
 *   <li>{@code churn_kind}: COMMISSION_SENSITIVE, SERVICE_POOR, PERFORMANCE_DRIVEN, LIFE_EVENT,
 *       COMPETITOR or empty; {@code churn_type}, {@code churn_date}: the matching row of
 *       {@code churn_events.csv}; {@code drift_start}: first day of changed behaviour;
 *       {@code reason_code}, {@code destination}: as written to the event (may be noise or empty);
 *   <li>{@code commission_rate}: negotiated rate (fraction of the amount); {@code holding_days}: mean
 *       holding period in trading days; {@code target_positions}: concentration;
 *       {@code equity_share}: invested share of the account; {@code buy_propensity}: daily chance to
 *       deploy idle cash; {@code turnover_target}: implied yearly turnover (both sides / assets);
 *   <li>{@code w_main .. w_otc}: board-mix weights of buys over main board, STAR, ChiNext, BSE, ST,
 *       ETF and over-the-counter products (sum to 1); {@code star_permission}: may trade STAR/BSE;
 *   <li>{@code margin}: uses margin financing; {@code max_leverage}: largest debt / net assets;
 *   <li>{@code start_assets}: net assets on the first day (or first deposit) in CNY;
 *       {@code risk_level}: questionnaire level as written; {@code suitability_mismatch}: behaves
 *       as a risk seeker while assessed below C4; {@code dormant_since}: dormant before the window.
 * </ul>
 */
public final class TruthColumns {

    public static final String HEADER = "customer_id,persona,behaves_as,atypical,churn_kind,churn_type,churn_date,"
            + "drift_start,reason_code,destination,commission_rate,holding_days,target_positions,equity_share,"
            + "buy_propensity,turnover_target,w_main,w_star,w_chinext,w_bse,w_st,w_etf,w_otc,star_permission,margin,"
            + "max_leverage,start_assets,risk_level,suitability_mismatch,dormant_since";

    private TruthColumns() {}
}
