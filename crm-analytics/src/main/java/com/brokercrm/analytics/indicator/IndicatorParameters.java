package com.brokercrm.analytics.indicator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dates an indicator run looks at, derived from the trading days in the data (the dates of
 * {@code price_daily}), and the literals the SQL files receive for them.
 *
 * <p>Window W covers the W latest trading days up to the as-of date: it starts on {@code start(W)}; its
 * base day {@code base(W)} is the trading day before (the opening level of returns and P&amp;L). With fewer
 * trading days in the data the window starts on the first one and has no base day.
 *
 * @param asOf the as-of date: the latest trading day on or before the requested date
 * @param tradingDays trading days on or before the as-of date, latest first (at most 272)
 * @param holdingDate latest position snapshot on or before the as-of date, if any
 * @param replayDate latest position snapshot on or before the longest window's base day, if any
 * @param fees fee rates for net commission
 */
public record IndicatorParameters(
        LocalDate asOf,
        List<LocalDate> tradingDays,
        Optional<LocalDate> holdingDate,
        Optional<LocalDate> replayDate,
        FeeRates fees) {

    /** Asia/Shanghai: trading days and contact dates are local dates there. */
    public static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");

    /** Trading days kept beyond the longest window and its base day (the reach of a buy's price move). */
    static final int MOMENTUM_LAG = 21;

    private static final int LONGEST = IndicatorCatalogue.WINDOWS.getLast();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The latest trading day in the data, if there is any. */
    public static Optional<LocalDate> latestTradingDay(Connection connection) throws SQLException {
        return date(connection, "SELECT MAX(trade_date) FROM price_daily", null);
    }

    /**
     * Resolves the dates for a requested as-of date.
     *
     * @throws IllegalArgumentException when the data holds no trading day on or before the date
     */
    public static IndicatorParameters resolve(Connection connection, LocalDate requested, FeeRates fees)
            throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT DISTINCT trade_date FROM price_daily"
                + " WHERE trade_date <= ? ORDER BY trade_date DESC LIMIT " + (LONGEST + 1 + MOMENTUM_LAG))) {
            st.setDate(1, Date.valueOf(requested));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    days.add(rs.getDate(1).toLocalDate());
                }
            }
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException(
                    "no trading day (price_daily) on or before " + requested + ": import prices first");
        }
        LocalDate asOf = days.getFirst();
        Optional<LocalDate> holding = date(connection, "SELECT MAX(as_of) FROM holding WHERE as_of <= ?", asOf);
        LocalDate longestBase = base(days, LONGEST).orElse(start(days, LONGEST));
        Optional<LocalDate> replay = date(connection, "SELECT MAX(as_of) FROM holding WHERE as_of <= ?", longestBase);
        return new IndicatorParameters(asOf, List.copyOf(days), holding, replay, fees);
    }

    /** First trading day of a window. */
    public LocalDate start(int window) {
        return start(tradingDays, window);
    }

    /** Trading day before a window, if the data has one. */
    public Optional<LocalDate> base(int window) {
        return base(tradingDays, window);
    }

    /** The literal of each parameter the SQL files may name. */
    public Map<String, String> literals() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("as_of", date(asOf));
        for (int w : IndicatorCatalogue.WINDOWS) {
            LocalDate start = start(w);
            p.put("start_" + w, date(start));
            // without a trading day before the window, a date no row has
            p.put("base_" + w, date(base(w).orElse(start.minusDays(1))));
            p.put("contacts_from_" + w, timestamp(start));
        }
        p.put("contacts_until", timestamp(asOf.plusDays(1)));
        LocalDate assetFrom = base(LONGEST).orElse(start(LONGEST));
        if (holdingDate.isPresent() && holdingDate.get().isBefore(assetFrom)) {
            assetFrom = holdingDate.get();
        }
        p.put("asset_from", date(assetFrom));
        p.put("holding_date", holdingDate.map(IndicatorParameters::date).orElse("CAST(NULL AS DATE)"));
        p.put("replay_date", date(replayDate.orElse(LocalDate.of(1900, 1, 1))));
        p.put("main_fee_rate", decimal(fees.mainRate()));
        p.put("bse_fee_rate", decimal(fees.bseRate()));
        return p;
    }

    private static LocalDate start(List<LocalDate> days, int window) {
        return days.get(Math.min(window, days.size()) - 1);
    }

    private static Optional<LocalDate> base(List<LocalDate> days, int window) {
        return window < days.size() ? Optional.of(days.get(window)) : Optional.empty();
    }

    private static String date(LocalDate date) {
        return "DATE '" + date + "'";
    }

    /** Midnight of a market date, as the UTC timestamp contacts are stored in. */
    private static String timestamp(LocalDate marketDate) {
        LocalDateTime utc = marketDate
                .atStartOfDay(MARKET_ZONE)
                .withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        return "TIMESTAMP '" + TIMESTAMP.format(utc) + "'";
    }

    private static String decimal(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        int scale = Math.max(v.scale(), 0);
        return "CAST(" + v.toPlainString() + " AS DECIMAL(" + Math.max(scale + 1, 18) + ", " + scale + "))";
    }

    private static Optional<LocalDate> date(Connection connection, String sql, LocalDate parameter)
            throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            if (parameter != null) {
                st.setDate(1, Date.valueOf(parameter));
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                Date d = rs.getDate(1);
                return Optional.ofNullable(d).map(Date::toLocalDate);
            }
        }
    }
}
