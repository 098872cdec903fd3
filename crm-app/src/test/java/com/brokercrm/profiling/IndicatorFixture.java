package com.brokercrm.profiling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;

/**
 * A small brokerage for checking every indicator by hand (and by {@link IndicatorOracle}): 300 weekdays of
 * prices for seven securities, five clients with a few months of assets, flows, trades, month-end position
 * snapshots and contacts. Values are drawn from a fixed seed, so the data are the same on every run and
 * engine. The clients:
 * <ul>
 *   <li>C1 trades every board and channel through the last 260 days, with opening lots before the start
 *       of the longest window, a position sold flat and bought again, deposits, withdrawals, dividends;</li>
 *   <li>C2 borrows on margin, trades BSE and ST shares and makes losses;</li>
 *   <li>C3 traded once long before the longest window, then closes its account 15 trading days before the
 *       end (everything withdrawn; no rows afterwards) and has no birth date;</li>
 *   <li>C4 opened an account and never did anything;</li>
 *   <li>C5 opens after the as-of date and is not scored.</li>
 * </ul>
 */
final class IndicatorFixture {

    record Security(String exchange, String code, String type, String board, boolean st) {}

    record Customer(String id, LocalDate birth, LocalDate open) {}

    record Asset(String customer, LocalDate day, BigDecimal cash, BigDecimal marketValue, BigDecimal debt) {}

    record Flow(String id, String customer, LocalDate day, String direction, BigDecimal amount, String kind) {}

    record Trade(
            String id,
            String customer,
            LocalDate day,
            LocalTime time,
            Security security,
            String side,
            long quantity,
            BigDecimal price,
            BigDecimal amount,
            BigDecimal commission,
            BigDecimal stamp,
            BigDecimal transfer,
            String channel) {}

    record Holding(
            String customer, LocalDate day, Security security, long quantity, BigDecimal cost, BigDecimal value) {}

    record Contact(String id, String customer, String channel, LocalDateTime occurredAtUtc) {}

    static final Security MAIN = new Security("SH", "600001", "STOCK", "MAIN", false);
    static final Security STAR = new Security("SH", "688001", "STOCK", "STAR", false);
    static final Security CHINEXT = new Security("SZ", "300001", "STOCK", "CHINEXT", false);
    static final Security BSE = new Security("BJ", "830001", "STOCK", "BSE", false);
    static final Security ST = new Security("SZ", "000002", "STOCK", "MAIN", true);
    static final Security ETF = new Security("SH", "510300", "ETF", "NA", false);
    static final Security WMP = new Security("OTC", "WMP001", "WMP", "NA", false);
    static final List<Security> SECURITIES = List.of(MAIN, STAR, CHINEXT, BSE, ST, ETF, WMP);

    final List<LocalDate> days = new ArrayList<>();
    final Map<Security, Map<LocalDate, BigDecimal>> closes = new LinkedHashMap<>();
    final List<Customer> customers = new ArrayList<>();
    final List<Asset> assets = new ArrayList<>();
    final List<Flow> flows = new ArrayList<>();
    final List<Trade> trades = new ArrayList<>();
    final List<Holding> holdings = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();

    private final Random random = new Random(20261127);

    IndicatorFixture() {
        LocalDate d = LocalDate.of(2026, 6, 30);
        while (days.size() < 300) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.addFirst(d);
            }
            d = d.minusDays(1);
        }
        prices();
        customers.add(new Customer("C1", LocalDate.of(1985, 7, 14), LocalDate.of(2018, 3, 1)));
        customers.add(new Customer("C2", LocalDate.of(1970, 6, 30), LocalDate.of(2020, 1, 2)));
        customers.add(new Customer("C3", null, LocalDate.of(2015, 5, 5)));
        customers.add(new Customer("C4", LocalDate.of(2000, 2, 29), LocalDate.of(2026, 1, 5)));
        customers.add(new Customer("C5", LocalDate.of(1990, 1, 1), LocalDate.of(2026, 12, 1)));
        client("C1", 260, 0, List.of(MAIN, STAR, CHINEXT, ETF, WMP), false);
        client("C2", 70, 0, List.of(BSE, ST, MAIN, CHINEXT), true);
        client("C3", 40, 15, List.of(MAIN, ETF), false);
        trades.add(trade("T0", "C3", day(-290), LocalTime.of(10, 5), MAIN, "B", 100, "APP"));
        contacts();
    }

    LocalDate lastDay() {
        return days.getLast();
    }

    /** The trading day {@code back} days before the last one ({@code day(0)} is the last). */
    LocalDate day(int back) {
        return days.get(days.size() - 1 + back);
    }

    private void prices() {
        for (Security s : SECURITIES) {
            Map<LocalDate, BigDecimal> series = new LinkedHashMap<>();
            double price = 5 + random.nextInt(40);
            for (LocalDate d : days) {
                price = Math.max(1, price * (1 + (random.nextDouble() - 0.5) * 0.06));
                int scale = s.exchange().equals("OTC") ? 4 : 2;
                series.put(d, BigDecimal.valueOf(price).setScale(scale, RoundingMode.HALF_UP));
            }
            closes.put(s, series);
        }
        // a suspension: no price for the STAR share on ten days
        for (int i = 0; i < 10; i++) {
            closes.get(STAR).remove(day(-35 - i));
        }
    }

    /**
     * A client active over the last {@code activeDays} trading days up to {@code closedBack} days before the
     * end: a snapshot at the start, daily assets, a few flows, trades on about a third of the days.
     */
    private void client(String id, int activeDays, int closedBack, List<Security> universe, boolean margin) {
        Map<Security, long[]> held = new LinkedHashMap<>(); // quantity, cost in cents
        Map<Security, Long> boughtToday = new HashMap<>();
        long cash = 200_000_00L + random.nextInt(100_000_00);
        long debt = 0;
        LocalDate first = day(-activeDays);
        // opening lots, bought before the data begins
        for (Security s : universe.subList(0, 2)) {
            long qty = 1000;
            held.put(s, new long[] {qty, cents(close(s, first)) * qty + 5_00});
        }
        int tradeNo = 0;
        int flowNo = 0;
        for (int back = -activeDays; back <= -closedBack; back++) {
            LocalDate d = day(back);
            boughtToday.clear();
            boolean closing = closedBack > 0 && back == -closedBack;
            if (back > -activeDays) {
                int draws = closing ? 0 : random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
                for (int k = 0; k < draws; k++) {
                    Security s = universe.get(random.nextInt(universe.size()));
                    long[] position = held.get(s);
                    boolean sell =
                            position != null && position[0] > 0 && !boughtToday.containsKey(s) && random.nextBoolean();
                    BigDecimal price = close(s, d);
                    if (price == null) {
                        continue;
                    }
                    LocalTime time = LocalTime.of(9, 30).plusMinutes(random.nextInt(330));
                    if (time.isAfter(LocalTime.of(11, 30)) && time.isBefore(LocalTime.of(13, 0))) {
                        time = time.plusMinutes(90);
                    }
                    String channel =
                            List.of("APP", "APP", "WEB", "PHONE", "COUNTER").get(random.nextInt(5));
                    String tradeId = id + "-T" + (++tradeNo);
                    if (sell) {
                        long qty = random.nextInt(3) == 0 ? position[0] : Math.max(100, position[0] / 200 * 100);
                        qty = Math.min(qty, position[0]);
                        Trade t = trade(tradeId, id, d, time, s, "S", qty, channel);
                        trades.add(t);
                        position[1] -= position[1] * qty / position[0];
                        position[0] -= qty;
                        long proceeds =
                                cents(t.amount()) - cents(t.commission()) - cents(t.stamp()) - cents(t.transfer());
                        long repay = Math.min(debt, proceeds);
                        debt -= repay;
                        cash += proceeds - repay;
                    } else {
                        long qty = 100L * (1 + random.nextInt(20));
                        Trade t = trade(tradeId, id, d, time, s, "B", qty, channel);
                        long costCents = cents(t.amount()) + cents(t.commission()) + cents(t.transfer());
                        if (costCents > cash) {
                            if (!margin) {
                                continue;
                            }
                            debt += costCents - cash;
                            cash = costCents;
                        }
                        trades.add(t);
                        cash -= costCents;
                        long[] p = held.computeIfAbsent(s, x -> new long[2]);
                        p[0] += qty;
                        p[1] += costCents;
                        boughtToday.put(s, qty);
                    }
                }
                if (random.nextInt(8) == 0 && !closing) {
                    boolean in = random.nextBoolean();
                    long amount = 1_000_00L + random.nextInt(30_000_00);
                    if (!in) {
                        amount = Math.min(amount, cash);
                    }
                    if (amount > 0) {
                        String kind = List.of("BANK_TRANSFER", "BANK_TRANSFER", "OTHER")
                                .get(random.nextInt(3));
                        flows.add(flow(id + "-F" + (++flowNo), id, d, in ? "IN" : "OUT", amount, kind));
                        cash += in ? amount : -amount;
                    }
                }
                if (random.nextInt(15) == 0 && !closing) {
                    String kind = random.nextBoolean() ? "DIVIDEND" : "INTEREST";
                    long amount = 10_00L + random.nextInt(500_00);
                    flows.add(flow(id + "-F" + (++flowNo), id, d, "IN", amount, kind));
                    cash += amount;
                }
            }
            if (closing) {
                // sell out, repay, withdraw the rest: the account ends empty
                for (var e : held.entrySet()) {
                    if (e.getValue()[0] > 0 && close(e.getKey(), d) != null) {
                        Trade t = trade(
                                id + "-T" + (++tradeNo),
                                id,
                                d,
                                LocalTime.of(9, 45),
                                e.getKey(),
                                "S",
                                e.getValue()[0],
                                "COUNTER");
                        trades.add(t);
                        cash += cents(t.amount()) - cents(t.commission()) - cents(t.stamp()) - cents(t.transfer());
                        e.getValue()[0] = 0;
                        e.getValue()[1] = 0;
                    }
                }
                long securities = marketValue(held, d);
                if (securities > 0) {
                    flows.add(flow(id + "-F" + (++flowNo), id, d, "OUT", securities, "CUSTODY_TRANSFER"));
                    held.clear();
                }
                cash -= debt;
                debt = 0;
                flows.add(flow(id + "-F" + (++flowNo), id, d, "OUT", cash, "BANK_TRANSFER"));
                cash = 0;
            }
            long mv = marketValue(held, d);
            assets.add(new Asset(id, d, money(cash), money(mv), money(debt)));
            if (back == -activeDays
                    || back == 0
                    || d.getMonth() != day(back + 1).getMonth()) {
                for (var e : held.entrySet()) {
                    if (e.getValue()[0] > 0 && close(e.getKey(), d) != null) {
                        holdings.add(new Holding(
                                id,
                                d,
                                e.getKey(),
                                e.getValue()[0],
                                money(e.getValue()[1]),
                                money(cents(close(e.getKey(), d)) * e.getValue()[0])));
                    }
                }
            }
        }
    }

    private void contacts() {
        String[] channels = {"CALL_IN", "CALL_OUT", "EMAIL", "SMS", "WEB", "VISIT", "WECHAT"};
        int n = 0;
        for (String customer : List.of("C1", "C2", "C3")) {
            for (int i = 0; i < 12; i++) {
                LocalDate d = day(-random.nextInt(90));
                LocalDateTime local = d.atTime(8 + random.nextInt(12), random.nextInt(60));
                contacts.add(contact("CT" + (++n), customer, channels[random.nextInt(channels.length)], local));
            }
        }
        // either side of the 20-day window's first midnight in Shanghai, and of the end of the as-of day
        contacts.add(contact("CT" + (++n), "C1", "CALL_IN", day(-20).atTime(23, 30)));
        contacts.add(contact("CT" + (++n), "C1", "WECHAT", day(-19).atTime(0, 30)));
        contacts.add(contact("CT" + (++n), "C1", "EMAIL", day(0).atTime(23, 59)));
        contacts.add(contact("CT" + (++n), "C1", "EMAIL", day(0).plusDays(1).atTime(0, 1)));
    }

    private static Contact contact(String id, String customer, String channel, LocalDateTime shanghai) {
        LocalDateTime utc = ZonedDateTime.of(
                        shanghai, com.brokercrm.analytics.indicator.IndicatorParameters.MARKET_ZONE)
                .withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        return new Contact(id, customer, channel, utc);
    }

    private Trade trade(
            String id,
            String customer,
            LocalDate d,
            LocalTime time,
            Security s,
            String side,
            long qty,
            String channel) {
        BigDecimal price = close(s, d);
        BigDecimal amount = price.multiply(BigDecimal.valueOf(qty)).setScale(2, RoundingMode.HALF_UP);
        boolean otc = s.exchange().equals("OTC");
        BigDecimal commission = otc
                ? BigDecimal.ZERO.setScale(2)
                : amount.multiply(new BigDecimal("0.00025"))
                        .max(new BigDecimal("5"))
                        .setScale(2, RoundingMode.HALF_UP);
        boolean stock = s.type().equals("STOCK");
        BigDecimal stamp = stock && side.equals("S")
                ? amount.multiply(new BigDecimal("0.0005")).setScale(2, RoundingMode.HALF_UP)
                : BigDecimal.ZERO.setScale(2);
        BigDecimal transfer = stock
                ? amount.multiply(new BigDecimal("0.00001")).setScale(2, RoundingMode.HALF_UP)
                : BigDecimal.ZERO.setScale(2);
        return new Trade(id, customer, d, time, s, side, qty, price, amount, commission, stamp, transfer, channel);
    }

    private static Flow flow(String id, String customer, LocalDate d, String direction, long cents, String kind) {
        return new Flow(id, customer, d, direction, money(cents), kind);
    }

    private long marketValue(Map<Security, long[]> held, LocalDate d) {
        long mv = 0;
        for (var e : held.entrySet()) {
            BigDecimal close = lastClose(e.getKey(), d);
            mv += cents(close) * e.getValue()[0];
        }
        return mv;
    }

    BigDecimal close(Security s, LocalDate d) {
        return closes.get(s).get(d);
    }

    private BigDecimal lastClose(Security s, LocalDate d) {
        LocalDate x = d;
        while (close(s, x) == null) {
            x = x.minusDays(1);
        }
        return close(s, x);
    }

    private static long cents(BigDecimal value) {
        return value.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** Writes the brokerage into a migrated, empty store. */
    void load(DataSource store) throws SQLException {
        try (Connection c = store.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO branch VALUES ('B1', 'Branch', 'Shanghai', 'East', DATE '2000-01-01')");
            }
            batch(c, "INSERT INTO security VALUES (?, ?, ?, ?, ?, 'R3', ?, NULL)", SECURITIES, (p, s) -> {
                p.setString(1, s.exchange());
                p.setString(2, s.code());
                p.setString(3, s.code());
                p.setString(4, s.type());
                p.setString(5, s.board());
                p.setBoolean(6, s.st());
            });
            batch(
                    c,
                    "INSERT INTO customer (customer_id, name, birth_date, open_date, branch_id, investor_type, status)"
                            + " VALUES (?, ?, ?, ?, 'B1', 'ORDINARY', 'ACTIVE')",
                    customers,
                    (p, x) -> {
                        p.setString(1, x.id());
                        p.setString(2, "Client " + x.id());
                        p.setDate(3, x.birth() == null ? null : Date.valueOf(x.birth()));
                        p.setDate(4, Date.valueOf(x.open()));
                    });
            List<Object[]> priceRows = new ArrayList<>();
            closes.forEach((s, series) -> series.forEach((d, close) -> priceRows.add(new Object[] {s, d, close})));
            batch(c, "INSERT INTO price_daily VALUES (?, ?, ?, ?)", priceRows, (p, r) -> {
                Security s = (Security) r[0];
                p.setString(1, s.exchange());
                p.setString(2, s.code());
                p.setDate(3, Date.valueOf((LocalDate) r[1]));
                p.setBigDecimal(4, (BigDecimal) r[2]);
            });
            batch(c, "INSERT INTO daily_asset VALUES (?, ?, ?, ?, ?)", assets, (p, a) -> {
                p.setString(1, a.customer());
                p.setDate(2, Date.valueOf(a.day()));
                p.setBigDecimal(3, a.cash());
                p.setBigDecimal(4, a.marketValue());
                p.setBigDecimal(5, a.debt());
            });
            batch(c, "INSERT INTO fund_flow VALUES (?, ?, ?, ?, ?, ?)", flows, (p, f) -> {
                p.setString(1, f.id());
                p.setString(2, f.customer());
                p.setDate(3, Date.valueOf(f.day()));
                p.setString(4, f.direction());
                p.setBigDecimal(5, f.amount());
                p.setString(6, f.kind());
            });
            batch(c, "INSERT INTO trade VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", trades, (p, t) -> {
                p.setString(1, t.id());
                p.setString(2, t.customer());
                p.setDate(3, Date.valueOf(t.day()));
                p.setTime(4, Time.valueOf(t.time()));
                p.setString(5, t.security().exchange());
                p.setString(6, t.security().code());
                p.setString(7, t.side());
                p.setLong(8, t.quantity());
                p.setBigDecimal(9, t.price());
                p.setBigDecimal(10, t.amount());
                p.setBigDecimal(11, t.commission());
                p.setBigDecimal(12, t.stamp());
                p.setBigDecimal(13, t.transfer());
                p.setString(14, t.channel());
            });
            batch(c, "INSERT INTO holding VALUES (?, ?, ?, ?, ?, ?, ?)", holdings, (p, h) -> {
                p.setString(1, h.customer());
                p.setDate(2, Date.valueOf(h.day()));
                p.setString(3, h.security().exchange());
                p.setString(4, h.security().code());
                p.setLong(5, h.quantity());
                p.setBigDecimal(6, h.cost());
                p.setBigDecimal(7, h.value());
            });
            batch(
                    c,
                    "INSERT INTO contact (contact_id, customer_id, channel, occurred_at) VALUES (?, ?, ?, ?)",
                    contacts,
                    (p, x) -> {
                        p.setString(1, x.id());
                        p.setString(2, x.customer());
                        p.setString(3, x.channel());
                        p.setObject(4, x.occurredAtUtc());
                    });
            c.commit();
        }
    }

    private interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private static <T> void batch(Connection c, String sql, List<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(p, row);
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
