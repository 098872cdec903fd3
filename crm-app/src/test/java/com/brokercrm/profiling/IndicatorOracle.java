package com.brokercrm.profiling;

import com.brokercrm.analytics.indicator.FeeRates;
import com.brokercrm.analytics.indicator.IndicatorCatalogue;
import com.brokercrm.analytics.indicator.IndicatorParameters;
import com.brokercrm.profiling.IndicatorFixture.Asset;
import com.brokercrm.profiling.IndicatorFixture.Customer;
import com.brokercrm.profiling.IndicatorFixture.Flow;
import com.brokercrm.profiling.IndicatorFixture.Holding;
import com.brokercrm.profiling.IndicatorFixture.Security;
import com.brokercrm.profiling.IndicatorFixture.Trade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every indicator recomputed in plain Java, straight from the fixture's rows and the definitions in
 * docs/indicators.md, without SQL. The test holds the SQL's results to these values.
 */
final class IndicatorOracle {

    private static final List<Integer> WINDOWS = IndicatorCatalogue.WINDOWS;
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final IndicatorFixture f;
    private final LocalDate asOf;
    private final List<LocalDate> days; // trading days up to as-of, latest first
    private final FeeRates fees = FeeRates.DEFAULT;

    IndicatorOracle(IndicatorFixture fixture, LocalDate requested) {
        this.f = fixture;
        List<LocalDate> up = new ArrayList<>(
                fixture.days.stream().filter(d -> !d.isAfter(requested)).toList());
        java.util.Collections.reverse(up);
        this.days = up;
        this.asOf = up.getFirst();
    }

    LocalDate asOf() {
        return asOf;
    }

    LocalDate start(int w) {
        return days.get(Math.min(w, days.size()) - 1);
    }

    LocalDate base(int w) {
        return w < days.size() ? days.get(w) : null;
    }

    private static String col(String name, int w) {
        return IndicatorCatalogue.column(name, w);
    }

    /** Expected values per client, keyed by column. */
    Map<String, Map<String, Object>> expected() {
        Map<String, Map<String, Object>> all = new TreeMap<>();
        LocalDate holdingDate = f.holdings.stream()
                .map(Holding::day)
                .filter(d -> !d.isAfter(asOf))
                .max(Comparator.naturalOrder())
                .orElse(null);
        LocalDate longestBase = base(250) != null ? base(250) : start(250);
        LocalDate replayDate = f.holdings.stream()
                .map(Holding::day)
                .filter(d -> !d.isAfter(longestBase))
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.of(1900, 1, 1));
        for (Customer c : f.customers) {
            if (c.open().isAfter(asOf)) {
                continue;
            }
            Map<String, Object> v = new LinkedHashMap<>();
            assets(c.id(), holdingDate, v);
            returns(c.id(), v);
            flows(c.id(), v);
            trades(c.id(), v);
            positions(c.id(), replayDate, v);
            holdings(c.id(), holdingDate, v);
            contacts(c.id(), v);
            picks(c.id(), replayDate, v);
            v.put(
                    "age",
                    c.birth() == null ? null : Period.between(c.birth(), asOf).getYears());
            v.put("tenure_days", (int) ChronoUnit.DAYS.between(c.open(), asOf));
            all.put(c.id(), v);
        }
        return all;
    }

    // ---- assets ------------------------------------------------------------------------------

    private List<Asset> assetsOf(String customer) {
        return f.assets.stream()
                .filter(a -> a.customer().equals(customer) && !a.day().isAfter(asOf))
                .sorted(Comparator.comparing(Asset::day))
                .toList();
    }

    private static BigDecimal total(Asset a) {
        return a.cash().add(a.marketValue());
    }

    private static BigDecimal net(Asset a) {
        return a.cash().add(a.marketValue()).subtract(a.debt());
    }

    private void assets(String customer, LocalDate holdingDate, Map<String, Object> v) {
        List<Asset> rows = assetsOf(customer);
        Asset end = rows.stream().filter(a -> a.day().equals(asOf)).findFirst().orElse(null);
        v.put("ending_assets", end == null ? ZERO : total(end));
        v.put("ending_net_assets", end == null ? ZERO : net(end));
        v.put("ending_margin_debt", end == null ? ZERO : end.debt());
        for (int w : WINDOWS) {
            LocalDate start = start(w);
            List<Asset> in = rows.stream().filter(a -> !a.day().isBefore(start)).toList();
            int n = in.size();
            BigDecimal sumAssets = in.stream().map(IndicatorOracle::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal sumCash = in.stream().map(Asset::cash).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal sumDebt = in.stream().map(Asset::debt).reduce(BigDecimal.ZERO, BigDecimal::add);
            v.put(col("asset_days", w), n);
            v.put(col("avg_assets", w), n == 0 ? null : sumAssets.doubleValue() / n);
            v.put(
                    col("avg_net_assets", w),
                    n == 0 ? null : sumAssets.subtract(sumDebt).doubleValue() / n);
            v.put(
                    col("cash_share", w),
                    n == 0 || sumAssets.signum() == 0 ? null : sumCash.doubleValue() / sumAssets.doubleValue());
            v.put(col("avg_margin_debt", w), n == 0 ? null : sumDebt.doubleValue() / n);
            BigDecimal netSum = sumAssets.subtract(sumDebt);
            v.put(
                    col("leverage", w),
                    n > 0 && netSum.signum() > 0 ? sumDebt.doubleValue() / netSum.doubleValue() : null);
        }
    }

    // ---- returns -----------------------------------------------------------------------------

    private void returns(String customer, Map<String, Object> v) {
        LocalDate from = base(250) != null ? base(250) : start(250).minusDays(1);
        List<Asset> rows =
                assetsOf(customer).stream().filter(a -> !a.day().isBefore(from)).toList();
        Map<LocalDate, BigDecimal> netFlow = new HashMap<>();
        Map<LocalDate, BigDecimal> deposit = new HashMap<>();
        for (Flow fl : f.flows) {
            if (fl.customer().equals(customer)
                    && fl.day().isAfter(from)
                    && !fl.day().isAfter(asOf)
                    && !fl.kind().equals("DIVIDEND")
                    && !fl.kind().equals("INTEREST")) {
                boolean in = fl.direction().equals("IN");
                netFlow.merge(fl.day(), in ? fl.amount() : fl.amount().negate(), BigDecimal::add);
                deposit.merge(fl.day(), in ? fl.amount() : BigDecimal.ZERO, BigDecimal::add);
            }
        }
        int n = rows.size();
        Double[] r = new Double[n];
        double[] logIndex = new double[n];
        double running = 0;
        for (int i = 0; i < n; i++) {
            Asset a = rows.get(i);
            if (i > 0) {
                BigDecimal prev = net(rows.get(i - 1));
                BigDecimal d = deposit.getOrDefault(a.day(), BigDecimal.ZERO);
                BigDecimal fl = netFlow.getOrDefault(a.day(), BigDecimal.ZERO);
                BigDecimal base = prev.add(d);
                if (base.signum() > 0) {
                    r[i] = net(a).subtract(prev).subtract(fl).doubleValue() / base.doubleValue();
                }
            }
            running += r[i] == null ? 0 : Math.log(Math.max(1 + r[i], 1e-9));
            logIndex[i] = running;
        }
        for (int w : WINDOWS) {
            LocalDate start = start(w);
            LocalDate base = base(w) != null ? base(w) : start.minusDays(1);
            List<Double> rs = new ArrayList<>();
            double logSum = 0;
            Double peak = null;
            Double maxDrawdown = null;
            for (int i = 0; i < n; i++) {
                LocalDate d = rows.get(i).day();
                if (!d.isBefore(base)) {
                    peak = peak == null ? logIndex[i] : Math.max(peak, logIndex[i]);
                }
                if (!d.isBefore(start)) {
                    if (r[i] != null) {
                        rs.add(r[i]);
                        logSum += Math.log(Math.max(1 + r[i], 1e-9));
                    }
                    double dd = 1 - Math.exp(logIndex[i] - peak);
                    maxDrawdown = maxDrawdown == null ? dd : Math.max(maxDrawdown, dd);
                }
            }
            v.put(col("return_days", w), rs.size());
            v.put(col("account_return", w), rs.isEmpty() ? null : Math.exp(logSum) - 1);
            v.put(col("volatility", w), sampleStdDev(rs));
            v.put(col("max_drawdown", w), maxDrawdown);
        }
    }

    private static Double sampleStdDev(List<Double> xs) {
        if (xs.size() < 2) {
            return null;
        }
        double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double ss = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        return Math.sqrt(ss / (xs.size() - 1));
    }

    // ---- flows -------------------------------------------------------------------------------

    private void flows(String customer, Map<String, Object> v) {
        List<Asset> rows = assetsOf(customer);
        BigDecimal endNet = rows.stream()
                .filter(a -> a.day().equals(asOf))
                .map(IndicatorOracle::net)
                .findFirst()
                .orElse(ZERO);
        for (int w : WINDOWS) {
            LocalDate start = start(w);
            BigDecimal deposits = ZERO;
            BigDecimal withdrawals = ZERO;
            for (Flow fl : f.flows) {
                if (!fl.customer().equals(customer)
                        || fl.day().isBefore(start)
                        || fl.day().isAfter(asOf)) {
                    continue;
                }
                if (fl.direction().equals("OUT")) {
                    withdrawals = withdrawals.add(fl.amount());
                } else if (!fl.kind().equals("DIVIDEND") && !fl.kind().equals("INTEREST")) {
                    deposits = deposits.add(fl.amount());
                }
            }
            if (w == 250) {
                v.put(
                        "deposit_count_250",
                        count(
                                customer,
                                start,
                                fl -> fl.direction().equals("IN")
                                        && !fl.kind().equals("DIVIDEND")
                                        && !fl.kind().equals("INTEREST")));
                v.put(
                        "withdrawal_count_250",
                        count(customer, start, fl -> fl.direction().equals("OUT")));
            }
            v.put(col("deposits", w), deposits);
            v.put(col("withdrawals", w), withdrawals);
            v.put(col("net_inflow", w), deposits.subtract(withdrawals));
            LocalDate base = base(w);
            BigDecimal baseNet = rows.stream()
                    .filter(a -> a.day().equals(base))
                    .map(IndicatorOracle::net)
                    .findFirst()
                    .orElse(ZERO);
            v.put(col("pnl", w), endNet.subtract(baseNet).subtract(deposits).add(withdrawals));
        }
    }

    private int count(String customer, LocalDate start, java.util.function.Predicate<Flow> which) {
        return (int) f.flows.stream()
                .filter(fl -> fl.customer().equals(customer)
                        && !fl.day().isBefore(start)
                        && !fl.day().isAfter(asOf)
                        && which.test(fl))
                .count();
    }

    // ---- board picks -------------------------------------------------------------------------

    /** The board a pick counts on: ST first, then ETF, then product, else the stock's board; null for none. */
    private static String pickBoard(Security s) {
        if (s.st()) {
            return "st";
        }
        if (s.type().equals("ETF")) {
            return "etf";
        }
        if (Set.of("FUND", "BOND", "WMP").contains(s.type())) {
            return "product";
        }
        return s.type().equals("STOCK") && !s.board().equals("NA") ? s.board().toLowerCase() : null;
    }

    /** Buys over the longest window and positions held in the snapshot before it, per board. */
    private void picks(String customer, LocalDate replayDate, Map<String, Object> v) {
        Map<String, Integer> picks = new LinkedHashMap<>();
        for (String board : List.of("main", "star", "chinext", "bse", "st", "etf", "product")) {
            picks.put(board, 0);
        }
        LocalDate start = start(250);
        f.trades.stream()
                .filter(t -> t.customer().equals(customer)
                        && t.side().equals("B")
                        && !t.day().isBefore(start)
                        && !t.day().isAfter(asOf))
                .map(t -> pickBoard(t.security()))
                .filter(Objects::nonNull)
                .forEach(b -> picks.merge(b, 1, Integer::sum));
        f.holdings.stream()
                .filter(h -> h.customer().equals(customer) && h.day().equals(replayDate) && h.quantity() > 0)
                .map(h -> pickBoard(h.security()))
                .filter(Objects::nonNull)
                .forEach(b -> picks.merge(b, 1, Integer::sum));
        picks.forEach((board, n) -> v.put(board + "_picks_250", n));
    }

    // ---- trades ------------------------------------------------------------------------------

    private void trades(String customer, Map<String, Object> v) {
        List<Trade> all = f.trades.stream()
                .filter(t -> t.customer().equals(customer) && !t.day().isAfter(asOf))
                .toList();
        List<Asset> assetRows = assetsOf(customer);
        for (int w : WINDOWS) {
            LocalDate start = start(w);
            List<Trade> in = all.stream().filter(t -> !t.day().isBefore(start)).toList();
            int n = in.size();
            BigDecimal value = sum(in, t -> true);
            BigDecimal sells = sum(in, t -> t.side().equals("S"));
            BigDecimal commission = in.stream().map(Trade::commission).reduce(ZERO, BigDecimal::add);
            BigDecimal main =
                    sum(in, t -> Set.of("SH", "SZ").contains(t.security().exchange()));
            BigDecimal bse = sum(in, t -> t.security().exchange().equals("BJ"));
            v.put(col("trade_count", w), n);
            v.put(col("trading_days", w), (int)
                    in.stream().map(Trade::day).distinct().count());
            v.put(col("trading_value", w), value);
            v.put(col("buy_value", w), sum(in, t -> t.side().equals("B")));
            v.put(col("sell_value", w), sells);
            List<Asset> assetsIn =
                    assetRows.stream().filter(a -> !a.day().isBefore(start)).toList();
            BigDecimal sumAssets =
                    assetsIn.stream().map(IndicatorOracle::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            v.put(
                    col("turnover", w),
                    assetsIn.isEmpty() || sumAssets.signum() == 0
                            ? null
                            : value.doubleValue() / (sumAssets.doubleValue() / assetsIn.size()));
            v.put(col("commission", w), commission);
            BigDecimal fee = main.multiply(fees.mainRate())
                    .add(bse.multiply(fees.bseRate()))
                    .setScale(2, RoundingMode.HALF_UP);
            v.put(col("net_commission", w), commission.subtract(fee));
            v.put(
                    col("star_trade_share", w),
                    share(sum(in, t -> t.security().board().equals("STAR")), value));
            v.put(
                    col("chinext_trade_share", w),
                    share(sum(in, t -> t.security().board().equals("CHINEXT")), value));
            v.put(
                    col("bse_trade_share", w),
                    share(sum(in, t -> t.security().board().equals("BSE")), value));
            v.put(col("st_trade_share", w), share(sum(in, t -> t.security().st()), value));
            v.put(
                    col("etf_trade_share", w),
                    share(sum(in, t -> t.security().type().equals("ETF")), value));
            v.put(
                    col("product_trade_share", w),
                    share(
                            sum(
                                    in,
                                    t -> Set.of("FUND", "BOND", "WMP")
                                            .contains(t.security().type())),
                            value));
            for (String channel : List.of("APP", "WEB", "PHONE", "COUNTER")) {
                long k = in.stream().filter(t -> t.channel().equals(channel)).count();
                v.put(col(channel.toLowerCase() + "_share", w), n == 0 ? null : (double) k / n);
            }
            LocalTime ten = LocalTime.of(10, 0);
            LocalTime noon = LocalTime.of(12, 0);
            LocalTime late = LocalTime.of(14, 30);
            v.put(col("open_share", w), countShare(in, t -> t.time().isBefore(ten)));
            v.put(
                    col("morning_share", w),
                    countShare(in, t -> !t.time().isBefore(ten) && t.time().isBefore(noon)));
            v.put(
                    col("afternoon_share", w),
                    countShare(in, t -> !t.time().isBefore(noon) && t.time().isBefore(late)));
            v.put(col("close_share", w), countShare(in, t -> !t.time().isBefore(late)));
            BigDecimal momentum = ZERO;
            BigDecimal contrarian = ZERO;
            for (Trade t : in) {
                if (!t.side().equals("B")
                        || !Set.of("STOCK", "ETF").contains(t.security().type())) {
                    continue;
                }
                int move = priceMove(t.security(), t.day());
                if (move > 0) {
                    momentum = momentum.add(t.amount());
                } else if (move < 0) {
                    contrarian = contrarian.add(t.amount());
                }
            }
            v.put(col("momentum_buy_share", w), share(momentum, momentum.add(contrarian)));
            BigDecimal sumMv = assetsIn.stream().map(Asset::marketValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            v.put(
                    col("avg_holding_days", w),
                    assetsIn.isEmpty() || sells.signum() == 0 ? null : sumMv.doubleValue() / sells.doubleValue());
        }
        LocalDate last =
                all.stream().map(Trade::day).max(Comparator.naturalOrder()).orElse(null);
        v.put("last_trade_date", last);
        v.put("days_since_last_trade", last == null ? null : (int) ChronoUnit.DAYS.between(last, asOf));
    }

    /** Sign of the move from 21 price days before to the price day before (the security's own price days). */
    private int priceMove(Security s, LocalDate day) {
        List<LocalDate> priced = f.closes.get(s).keySet().stream()
                .filter(d -> !d.isAfter(asOf))
                .sorted()
                .toList();
        int i = priced.indexOf(day);
        if (i < 21) {
            return 0;
        }
        return f.close(s, priced.get(i - 1)).compareTo(f.close(s, priced.get(i - 21)));
    }

    private static BigDecimal sum(List<Trade> trades, java.util.function.Predicate<Trade> which) {
        return trades.stream().filter(which).map(Trade::amount).reduce(ZERO, BigDecimal::add);
    }

    private static Double share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.doubleValue() / whole.doubleValue();
    }

    private static Double countShare(List<Trade> trades, java.util.function.Predicate<Trade> which) {
        return trades.isEmpty() ? null : (double) trades.stream().filter(which).count() / trades.size();
    }

    // ---- positions: realised P&L and disposition --------------------------------------------

    /** One move of a position: an opening lot or a trade, and the state after it. */
    private static final class Move {
        final LocalDate day;
        final LocalTime time;
        final String tradeId;
        final boolean sell;
        final long quantity;
        final BigDecimal buyCost;
        final BigDecimal proceeds;
        long held;
        Double refPrice;
        LocalDate next;

        Move(
                LocalDate day,
                LocalTime time,
                String tradeId,
                boolean sell,
                long quantity,
                BigDecimal buyCost,
                BigDecimal proceeds) {
            this.day = day;
            this.time = time;
            this.tradeId = tradeId;
            this.sell = sell;
            this.quantity = quantity;
            this.buyCost = buyCost;
            this.proceeds = proceeds;
        }
    }

    private void positions(String customer, LocalDate replayDate, Map<String, Object> v) {
        Map<Security, List<Move>> bySecurity = new LinkedHashMap<>();
        for (Holding h : f.holdings) {
            if (h.customer().equals(customer) && h.day().equals(replayDate) && h.quantity() > 0) {
                bySecurity
                        .computeIfAbsent(h.security(), s -> new ArrayList<>())
                        .add(new Move(replayDate, LocalTime.MIDNIGHT, "", false, h.quantity(), h.cost(), ZERO));
            }
        }
        for (Trade t : f.trades) {
            if (t.customer().equals(customer)
                    && t.day().isAfter(replayDate)
                    && !t.day().isAfter(asOf)) {
                boolean sell = t.side().equals("S");
                BigDecimal fees = t.commission().add(t.stamp()).add(t.transfer());
                bySecurity
                        .computeIfAbsent(t.security(), s -> new ArrayList<>())
                        .add(new Move(
                                t.day(),
                                t.time(),
                                t.id(),
                                sell,
                                t.quantity(),
                                sell ? ZERO : t.amount().add(fees),
                                sell ? t.amount().subtract(fees) : ZERO));
            }
        }
        // realised per (security, day) of sells in the longest window
        record Key(Security security, LocalDate day) {}
        Map<Key, double[]> sold = new LinkedHashMap<>(); // realised pnl, cost
        for (var e : bySecurity.entrySet()) {
            List<Move> moves = e.getValue();
            moves.sort(Comparator.comparing((Move m) -> m.day)
                    .thenComparing(m -> m.time)
                    .thenComparing(m -> m.tradeId));
            long held = 0;
            long boughtQty = 0;
            BigDecimal boughtCost = BigDecimal.ZERO;
            long flatQty = 0;
            BigDecimal flatCost = BigDecimal.ZERO;
            for (int i = 0; i < moves.size(); i++) {
                Move m = moves.get(i);
                held += m.sell ? -m.quantity : m.quantity;
                if (!m.sell) {
                    boughtQty += m.quantity;
                    boughtCost = boughtCost.add(m.buyCost);
                }
                long episodeQty = boughtQty - flatQty;
                BigDecimal episodeCost = boughtCost.subtract(flatCost);
                m.held = held;
                m.refPrice = episodeQty > 0 ? episodeCost.doubleValue() / (double) episodeQty : null;
                m.next = i + 1 < moves.size() ? moves.get(i + 1).day : null;
                if (held <= 0) { // flat from the next move on
                    flatQty = boughtQty;
                    flatCost = boughtCost;
                }
                if (m.sell && !m.day.isBefore(start(250)) && m.refPrice != null) {
                    double[] acc = sold.computeIfAbsent(new Key(e.getKey(), m.day), k -> new double[2]);
                    acc[0] += m.proceeds.doubleValue() - m.quantity * m.refPrice;
                    acc[1] += m.quantity * m.refPrice;
                }
            }
        }
        TreeSet<LocalDate> sellDays = new TreeSet<>();
        sold.keySet().forEach(k -> sellDays.add(k.day()));
        Map<Integer, int[]> counts = new HashMap<>(); // window -> RG, RL, PG, PL
        WINDOWS.forEach(w -> counts.put(w, new int[4]));
        for (LocalDate d : sellDays) {
            for (var e : bySecurity.entrySet()) {
                for (Move m : e.getValue()) {
                    boolean atStart = m.day.isBefore(d) && (m.next == null || !m.next.isBefore(d));
                    if (!atStart || m.held <= 0 || m.refPrice == null) {
                        continue;
                    }
                    int outcome = -1;
                    double[] s = sold.get(new Key(e.getKey(), d));
                    if (s != null) {
                        outcome = s[0] > 0 ? 0 : s[0] < 0 ? 1 : -1;
                    } else {
                        BigDecimal close = f.close(e.getKey(), d);
                        if (close != null) {
                            int cmp = Double.compare(close.doubleValue(), m.refPrice);
                            outcome = cmp > 0 ? 2 : cmp < 0 ? 3 : -1;
                        }
                    }
                    for (int w : WINDOWS) {
                        if (outcome >= 0 && !d.isBefore(start(w))) {
                            counts.get(w)[outcome]++;
                        }
                    }
                }
            }
        }
        for (int w : WINDOWS) {
            LocalDate start = start(w);
            Double pnl = null;
            Double cost = null;
            for (var e : sold.entrySet()) {
                if (!e.getKey().day().isBefore(start)) {
                    pnl = (pnl == null ? 0 : pnl) + e.getValue()[0];
                    cost = (cost == null ? 0 : cost) + e.getValue()[1];
                }
            }
            boolean any = !sold.isEmpty();
            int[] c = counts.get(w);
            v.put(col("realised_pnl", w), pnl);
            v.put(col("realised_return", w), pnl == null || cost == 0 ? null : pnl / cost);
            Double pgr = any && c[0] + c[2] > 0 ? (double) c[0] / (c[0] + c[2]) : null;
            Double plr = any && c[1] + c[3] > 0 ? (double) c[1] / (c[1] + c[3]) : null;
            v.put(col("pgr", w), pgr);
            v.put(col("plr", w), plr);
            v.put(col("disposition_effect", w), pgr == null || plr == null ? null : pgr - plr);
        }
    }

    // ---- holdings ----------------------------------------------------------------------------

    private void holdings(String customer, LocalDate holdingDate, Map<String, Object> v) {
        List<Holding> rows = f.holdings.stream()
                .filter(h -> h.customer().equals(customer) && h.day().equals(holdingDate) && h.quantity() > 0)
                .toList();
        BigDecimal value = rows.stream().map(Holding::value).reduce(ZERO, BigDecimal::add);
        BigDecimal squares =
                rows.stream().map(h -> h.value().multiply(h.value())).reduce(BigDecimal.ZERO, BigDecimal::add);
        v.put("holding_date", holdingDate);
        v.put("holding_count", (int)
                rows.stream().filter(h -> h.value().signum() > 0).count());
        v.put("holding_value", value);
        v.put(
                "hhi",
                rows.isEmpty() || value.signum() == 0
                        ? null
                        : squares.doubleValue() / (value.doubleValue() * value.doubleValue()));
        BigDecimal equity = holdingSum(
                rows, h -> Set.of("STOCK", "ETF").contains(h.security().type()));
        BigDecimal assetsThatDay = assetsOf(customer).stream()
                .filter(a -> a.day().equals(holdingDate))
                .map(IndicatorOracle::total)
                .findFirst()
                .orElse(null);
        v.put(
                "equity_share",
                assetsThatDay == null || assetsThatDay.signum() == 0
                        ? null
                        : equity.doubleValue() / assetsThatDay.doubleValue());
        Double none = null;
        v.put(
                "star_hold_share",
                rows.isEmpty()
                        ? none
                        : share(holdingSum(rows, h -> h.security().board().equals("STAR")), value));
        v.put(
                "chinext_hold_share",
                rows.isEmpty()
                        ? none
                        : share(holdingSum(rows, h -> h.security().board().equals("CHINEXT")), value));
        v.put(
                "bse_hold_share",
                rows.isEmpty()
                        ? none
                        : share(holdingSum(rows, h -> h.security().board().equals("BSE")), value));
        v.put(
                "st_hold_share",
                rows.isEmpty() ? none : share(holdingSum(rows, h -> h.security().st()), value));
        v.put(
                "etf_hold_share",
                rows.isEmpty()
                        ? none
                        : share(holdingSum(rows, h -> h.security().type().equals("ETF")), value));
        v.put(
                "product_hold_share",
                rows.isEmpty()
                        ? none
                        : share(
                                holdingSum(
                                        rows,
                                        h -> Set.of("FUND", "BOND", "WMP")
                                                .contains(h.security().type())),
                                value));
    }

    private static BigDecimal holdingSum(List<Holding> rows, java.util.function.Predicate<Holding> which) {
        return rows.stream().filter(which).map(Holding::value).reduce(ZERO, BigDecimal::add);
    }

    // ---- contacts ----------------------------------------------------------------------------

    private void contacts(String customer, Map<String, Object> v) {
        LocalDateTime until = utcMidnight(asOf.plusDays(1));
        for (int w : WINDOWS) {
            LocalDateTime from = utcMidnight(start(w));
            var in = f.contacts.stream()
                    .filter(c -> c.customer().equals(customer)
                            && !c.occurredAtUtc().isBefore(from)
                            && c.occurredAtUtc().isBefore(until))
                    .toList();
            v.put(col("contacts", w), in.size());
            for (String channel : List.of("CALL_IN", "CALL_OUT", "EMAIL", "SMS", "WEB", "VISIT", "WECHAT")) {
                v.put(col(channel.toLowerCase() + "_contacts", w), (int) in.stream()
                        .filter(c -> Objects.equals(c.channel(), channel))
                        .count());
            }
        }
    }

    private static LocalDateTime utcMidnight(LocalDate marketDate) {
        return marketDate
                .atStartOfDay(IndicatorParameters.MARKET_ZONE)
                .withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
    }
}
