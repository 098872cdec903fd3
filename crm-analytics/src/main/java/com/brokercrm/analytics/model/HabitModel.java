package com.brokercrm.analytics.model;

import static com.brokercrm.analytics.model.ValueModel.intOr;
import static com.brokercrm.analytics.model.ValueModel.round;

import com.brokercrm.analytics.indicator.IndicatorRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trading-habit tags, each with the values behind it (docs/models.md): turnover class, board preference,
 * order channel, time of day, momentum or contrarian buying, concentrated or diversified holdings and
 * the disposition effect. Behaviour tags need {@code minTrades} trades in the 250-day window; the
 * turnover class any trade.
 */
public final class HabitModel {

    /** Six-month turnover from the 250-day figure (Apex classes are over six months). */
    static final double SIX_MONTHS = 125.0 / 250.0;

    /** Every habit tag the model gives, in output order. */
    public static final List<String> TAGS = List.of(
            "HIGH_FREQUENCY",
            "SHORT_TERM",
            "MEDIUM_TERM",
            "LONG_TERM",
            "STAR_PREFERENCE",
            "CHINEXT_PREFERENCE",
            "BSE_PREFERENCE",
            "ST_PREFERENCE",
            "MAIN_BOARD_PREFERENCE",
            "MOBILE_TRADER",
            "ONLINE_TRADER",
            "PHONE_TRADER",
            "COUNTER_TRADER",
            "MORNING_TRADER",
            "AFTERNOON_TRADER",
            "MOMENTUM",
            "CONTRARIAN",
            "CONCENTRATED",
            "DIVERSIFIED",
            "DISPOSITION_PRONE");

    private final HabitConfig config;

    public HabitModel(HabitConfig config) {
        this.config = config;
    }

    public Map<String, List<Driver>> habits(IndicatorRow row) {
        Map<String, List<Driver>> tags = new LinkedHashMap<>();
        int trades = intOr(row.count("trade_count_250"), 0);
        Double turnover = row.value("turnover_250");
        if (trades > 0 && turnover != null) {
            double sixMonths = turnover * SIX_MONTHS;
            String tag = sixMonths > config.highFrequencyTurnover()
                    ? "HIGH_FREQUENCY"
                    : sixMonths >= config.shortTermTurnover()
                            ? "SHORT_TERM"
                            : sixMonths >= config.mediumTermTurnover() ? "MEDIUM_TERM" : "LONG_TERM";
            tags.put(tag, List.of(Driver.of("turnover", round(sixMonths, 2)), Driver.of("tradeCount", trades)));
        }
        boolean active = trades >= config.minTrades();
        if (active) {
            share(tags, row, "star_trade_share_250", "STAR_PREFERENCE", "starShare", config.boardShare());
            share(tags, row, "chinext_trade_share_250", "CHINEXT_PREFERENCE", "chinextShare", config.boardShare());
            share(tags, row, "bse_trade_share_250", "BSE_PREFERENCE", "bseShare", config.boardShare());
            share(tags, row, "st_trade_share_250", "ST_PREFERENCE", "stShare", config.boardShare());
            Double highRisk = RiskModel.highRiskTradeShare(row);
            if (highRisk != null && highRisk < config.boardShare() / 5) {
                tags.put("MAIN_BOARD_PREFERENCE", List.of(Driver.of("mainBoardShare", round(1 - highRisk, 4))));
            }
            share(tags, row, "app_share_250", "MOBILE_TRADER", "mobileShare", config.channelShare());
            share(tags, row, "web_share_250", "ONLINE_TRADER", "onlineShare", config.channelShare());
            share(tags, row, "phone_share_250", "PHONE_TRADER", "phoneShare", config.channelShare());
            share(tags, row, "counter_share_250", "COUNTER_TRADER", "counterShare", config.channelShare());
            double morning = row.valueOr("open_share_250", 0) + row.valueOr("morning_share_250", 0);
            double afternoon = row.valueOr("afternoon_share_250", 0) + row.valueOr("close_share_250", 0);
            if (morning >= config.timeShare()) {
                tags.put("MORNING_TRADER", List.of(Driver.of("morningShare", round(morning, 4))));
            } else if (afternoon >= config.timeShare()) {
                tags.put("AFTERNOON_TRADER", List.of(Driver.of("afternoonShare", round(afternoon, 4))));
            }
            Double momentum = row.value("momentum_buy_share_250");
            if (momentum != null && momentum >= config.momentumShare()) {
                tags.put("MOMENTUM", List.of(Driver.of("momentumShare", round(momentum, 4))));
            } else if (momentum != null && momentum <= 1 - config.momentumShare()) {
                tags.put("CONTRARIAN", List.of(Driver.of("momentumShare", round(momentum, 4))));
            }
        }
        Double hhi = row.value("hhi");
        int positions = intOr(row.count("holding_count"), 0);
        if (hhi != null && positions > 0) {
            List<Driver> why = List.of(Driver.of("hhi", round(hhi, 4)), Driver.of("positions", positions));
            if (hhi >= config.concentratedHhi()) {
                tags.put("CONCENTRATED", why);
            } else if (hhi <= config.diversifiedHhi() && positions >= config.diversifiedPositions()) {
                tags.put("DIVERSIFIED", why);
            }
        }
        Double disposition = row.value("disposition_effect_250");
        if (active && disposition != null && disposition >= config.dispositionEffect()) {
            tags.put(
                    "DISPOSITION_PRONE",
                    List.of(
                            Driver.of("dispositionEffect", round(disposition, 4)),
                            Driver.of("pgr", round(row.valueOr("pgr_250", 0), 4)),
                            Driver.of("plr", round(row.valueOr("plr_250", 0), 4))));
        }
        return tags;
    }

    private static void share(
            Map<String, List<Driver>> tags, IndicatorRow row, String column, String tag, String key, double from) {
        Double v = row.value(column);
        if (v != null && v >= from) {
            tags.put(tag, List.of(Driver.of(key, round(v, 4))));
        }
    }
}
