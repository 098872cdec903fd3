package com.brokercrm.datagen.customer;

import com.brokercrm.datagen.calendar.TradingDays;
import com.brokercrm.datagen.output.Block;
import com.brokercrm.datagen.output.CsvBuffer;
import com.brokercrm.datagen.output.OutputFile;

/**
 * Writes {@code truth.csv}, the planted answer key (never imported). Columns:
 *
 * <ul>
 *   <li>{@code customer_id}; {@code persona}: RISK_SEEKING, RISK_AVERSE or CONSERVATIVE (the class a
 *       model should find); {@code behaves_as}: the persona whose parameter distribution was used
 *       (differs for the ~8% atypical clients); {@code atypical}: true/false;
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
final class TruthWriter {

    private final TradingDays days;

    TruthWriter(TradingDays days) {
        this.days = days;
    }

    void write(CustomerProfile p, Block block) {
        CsvBuffer b = block.row(OutputFile.TRUTH);
        Behaviour bh = p.behaviour();
        ChurnPlan c = p.churn();
        b.ascii(p.id())
                .comma()
                .ascii(p.persona().name())
                .comma()
                .ascii(p.behavesAs().name())
                .comma();
        b.ascii(Boolean.toString(p.persona() != p.behavesAs())).comma();
        if (c != null) {
            b.ascii(c.kind().name())
                    .comma()
                    .ascii(c.type().name())
                    .comma()
                    .bytes(days.iso(c.eventDay()))
                    .comma();
            b.bytes(days.iso(c.driftStart())).comma();
            CustomerRows.optional(b, c.reasonCode()).comma();
            CustomerRows.optional(b, c.destination()).comma();
        } else {
            b.ascii(",,,,,,");
        }
        b.decimal(p.commissionRateMicros(), 6).comma();
        b.decimal(Math.round(bh.holdingDays() * 10), 1)
                .comma()
                .integer(bh.targetPositions())
                .comma();
        fraction(b, bh.equityShare()).comma();
        fraction(b, bh.buyPropensity()).comma();
        b.decimal(Math.round(bh.turnoverTarget() * 10), 1).comma();
        for (double w : bh.segmentWeights()) {
            fraction(b, w).comma();
        }
        b.ascii(Boolean.toString(p.starPermission()))
                .comma()
                .ascii(Boolean.toString(bh.margin()))
                .comma();
        fraction(b, bh.maxLeverage()).comma();
        b.money(p.startAssetsCents()).comma();
        CustomerRows.optional(b, p.riskLevel())
                .comma()
                .ascii(Boolean.toString(p.suitabilityMismatch()))
                .comma();
        b.date(p.dormantSince()).newline();
    }

    private static CsvBuffer fraction(CsvBuffer b, double value) {
        return b.decimal(Math.round(value * 10_000), 4);
    }
}
