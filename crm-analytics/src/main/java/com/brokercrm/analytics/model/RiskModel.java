package com.brokercrm.analytics.model;

import static com.brokercrm.analytics.model.ValueModel.round;

import com.brokercrm.analytics.indicator.IndicatorCatalogue;
import com.brokercrm.analytics.indicator.IndicatorRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Risk preference from behaviour (docs/models.md). Fifteen signals of trading and holdings, each
 * weighted, make {@code s} (a signal whose weight is 0 is left out); the behaviour score is
 * {@code 100 / (1 + exp(-s / spread))} and implies a level C1-C5. The class ({@link RiskClassifier}) weighs
 * the same signals per trading style, with the board picks ({@link BoardPicks}) and the year's deposits and
 * withdrawals, and the questionnaire level and age as further evidence of the client's preference. A signal
 * that is undefined for a client (no trades, no holdings) takes a neutral value and moves nothing; each
 * driver's points are its weight times its distance from that neutral value.
 */
public final class RiskModel {

    /**
     * A behaviour signal: its driver key, neutral value, weight, how to read it from a row, and whether it
     * enters the score as ln(1 + value) (the driver shows the value itself).
     */
    private record Signal(
            String key, double neutral, ToDoubleFunction<RiskConfig> weight, Reader reader, boolean logarithm) {

        Signal(String key, double neutral, ToDoubleFunction<RiskConfig> weight, Reader reader) {
            this(key, neutral, weight, reader, false);
        }
    }

    @FunctionalInterface
    private interface Reader {
        /** The signal's value, null when undefined for the client. */
        Double read(IndicatorRow row);
    }

    private static final double CAP = 5;
    /** The questionnaire level STAR, ChiNext and BSE shares require (DOMAIN.md: R4 products need C4). */
    private static final int BOARD_LEVEL = 4;
    /**
     * Driver key prefix, followed by a class name: behaviour alone looks like that class's style, at least
     * {@code styleNoticeFrom} likely, but the questionnaire level and age made the class another (the value
     * is the style's probability).
     */
    public static final String TRADES_LIKE = "tradesLike.";

    /** Driver key of the three classes' probabilities, in {@link RiskClass} order. */
    public static final String CLASS_ODDS = "classOdds";

    private static final List<String> HIGH_RISK_TRADE_SHARES =
            List.of("star_trade_share_250", "chinext_trade_share_250", "bse_trade_share_250", "st_trade_share_250");
    private static final List<String> HIGH_RISK_HOLD_SHARES =
            List.of("star_hold_share", "chinext_hold_share", "bse_hold_share", "st_hold_share");

    private static final List<Signal> SIGNALS = List.of(
            new Signal("highRiskTradeShare", 0.15, RiskConfig::highRiskTradeWeight, RiskModel::highRiskTradeShare),
            new Signal("highRiskShare", 0, RiskConfig::highRiskHoldWeight, r -> held(r, RiskModel::highRiskHoldShare)),
            new Signal("etfShare", 0, RiskConfig::etfHoldWeight, r -> held(r, x -> x.value("etf_hold_share"))),
            new Signal(
                    "productShare", 0, RiskConfig::productHoldWeight, r -> held(r, x -> x.value("product_hold_share"))),
            new Signal(
                    "etfTradeShare",
                    0.1,
                    RiskConfig::etfTradeWeight,
                    r -> traded(r, x -> x.valueOr("etf_trade_share_250", 0))),
            new Signal(
                    "productTradeShare",
                    0.05,
                    RiskConfig::productTradeWeight,
                    r -> traded(r, x -> x.valueOr("product_trade_share_250", 0))),
            new Signal("equityShare", 0.35, RiskConfig::equityShareWeight, r -> r.value("equity_share")),
            new Signal("yearTurnover", Math.log1p(8), RiskConfig::turnoverWeight, r -> r.value("turnover_250"), true),
            new Signal(
                    "holdingDays",
                    Math.log1p(20),
                    RiskConfig::holdingDaysWeight,
                    r -> r.value("avg_holding_days_250"),
                    true),
            new Signal("hhi", 0.6, RiskConfig::concentrationWeight, r -> r.value("hhi")),
            new Signal("leverage", 0, RiskConfig::leverageWeight, r -> r.value("leverage_250")),
            new Signal("volatility", 0.008, RiskConfig::volatilityWeight, r -> r.value("volatility_250")),
            new Signal("maxDrawdown", 0.08, RiskConfig::drawdownWeight, r -> r.value("max_drawdown_250")),
            new Signal("cashShare", 0.6, RiskConfig::cashShareWeight, r -> r.value("cash_share_250")),
            new Signal("positions", 1, RiskConfig::positionsWeight, r -> {
                Integer n = r.count("holding_count");
                return n == null ? null : n.doubleValue();
            }));

    /**
     * Signals the class reads and the score does not: how many deposits and withdrawals the client made over
     * the year (read as ln(1 + count), like the turnover).
     */
    private static final List<Signal> CLASS_SIGNALS = List.of(
            new Signal("depositCount", Math.log1p(3), c -> 0, r -> countOf(r, "deposit_count_250"), true),
            new Signal("withdrawalCount", Math.log1p(2), c -> 0, r -> countOf(r, "withdrawal_count_250"), true));

    /** Driver key of the board picks (per board, then their total); its points are what they add to the class. */
    public static final String BOARD_PICKS = "boardPicks";

    /** The board picks' indicator columns, in {@link BoardPicks#BOARDS} order, as the catalogue names them. */
    private static final List<String> PICK_COLUMNS = BoardPicks.BOARDS.stream()
            .map(board -> IndicatorCatalogue.get().column(board + "_picks_250").column())
            .toList();

    /** The class's signals of the board picks: {@link BoardPicks#logRatios}, not capped. */
    static final List<String> PICK_SIGNALS = List.of("picksSeeking", "picksConservative");

    private final RiskConfig config;
    private final RiskClassifier classifier;

    public RiskModel(RiskConfig config) {
        this.config = config;
        List<String> keys = new ArrayList<>();
        SIGNALS.forEach(signal -> keys.add(signal.key()));
        CLASS_SIGNALS.forEach(signal -> keys.add(signal.key()));
        keys.addAll(PICK_SIGNALS);
        this.classifier = new RiskClassifier(config.classModel(), keys, PICK_SIGNALS);
    }

    public RiskResult risk(IndicatorRow row, ClientFacts facts) {
        double s = config.bias();
        List<Driver> drivers = new ArrayList<>();
        Map<String, Double> distances = new LinkedHashMap<>();
        for (Signal signal : SIGNALS) {
            double weight = signal.weight().applyAsDouble(config);
            Double value = signal.reader().read(row);
            boolean defined = value != null && !Double.isNaN(value);
            // how far from neutral: what both the score and the class read
            double distance = defined ? distance(signal, value) : 0;
            if (defined) {
                distances.put(signal.key(), distance);
            }
            if (weight == 0) {
                continue;
            }
            s += weight * signal.neutral();
            if (!defined) {
                continue;
            }
            double points = weight * distance;
            s += points;
            drivers.add(Driver.scored(signal.key(), round(value, 6), round(points, 4)));
        }
        double score = logistic(s);

        int level = facts.levelNumber();
        Integer age = row.count("age");
        int[] picks = picks(row);
        int pickCount = Arrays.stream(picks).sum();
        // behaviour is observed when a trading or holding signal is defined or the client picked anything;
        // transfers alone show no trading style, so they join only then
        if (pickCount > 0) {
            double[] ratios = config.classModel().boardPicks().logRatios(picks);
            distances.put(PICK_SIGNALS.get(0), ratios[0]);
            distances.put(PICK_SIGNALS.get(1), ratios[1]);
        }
        if (!distances.isEmpty()) {
            for (Signal signal : CLASS_SIGNALS) {
                Double value = signal.reader().read(row);
                if (value != null) {
                    distances.put(signal.key(), distance(signal, value));
                }
            }
        }
        RiskClassifier.Verdict verdict = classifier.classify(distances, trades(row), level, age);
        if (pickCount > 0) {
            List<Integer> perBoard = new ArrayList<>();
            for (int n : picks) {
                perBoard.add(n);
            }
            perBoard.add(pickCount);
            drivers.add(Driver.scored(BOARD_PICKS, perBoard, round(verdict.picksPoints(), 4)));
        }
        if (level != 0) {
            drivers.add(Driver.scored("questionnaireLevel", facts.riskLevel(), round(verdict.levelPoints(), 4)));
        }
        if (age != null) {
            drivers.add(Driver.scored("age", age, round(verdict.agePoints(), 4)));
        }
        drivers.sort(Comparator.comparingDouble((Driver d) -> -Math.abs(d.points())));
        RiskClass riskClass = verdict.riskClass();
        double[] odds = verdict.probabilities();
        drivers.add(Driver.of(CLASS_ODDS, List.of(round(odds[0], 3), round(odds[1], 3), round(odds[2], 3))));
        RiskClassifier.Style style = verdict.style();
        if (style != null
                && style.looksLike() != riskClass
                && style.probability() >= config.classModel().styleNoticeFrom()) {
            // the questionnaire and age outweighed the trading: say so, or staff read a contradiction
            drivers.add(Driver.of(TRADES_LIKE + style.looksLike().name(), round(style.probability(), 3)));
        }

        int implied = score >= config.c5From()
                ? 5
                : score >= config.c4From() ? 4 : score >= config.c3From() ? 3 : score >= config.c2From() ? 2 : 1;
        Double highRiskTrade = highRiskTradeShare(row);
        // trading well above the assessed level, whatever the client trades
        boolean gap = level == 0 ? implied >= BOARD_LEVEL : implied - level >= config.reviewGap();
        // behaviour of C4 or above, below C4, with a real share of trading in the boards that need C4
        boolean boardsAbove = level != 0
                && level < BOARD_LEVEL
                && implied >= BOARD_LEVEL
                && highRiskTrade != null
                && highRiskTrade >= config.reviewBoardShare();
        boolean review = !facts.professional() && (gap || boardsAbove);
        String questionnaire = facts.riskLevel();
        drivers.add(Driver.of("impliedLevel", List.of("C" + implied, questionnaire == null ? "-" : questionnaire)));
        if (boardsAbove && !facts.professional()) {
            drivers.add(Driver.of("boardsAboveLevel", round(highRiskTrade, 4)));
        }
        return new RiskResult(
                round(score, 4),
                riskClass,
                round(odds[riskClass.ordinal()], 4),
                "C" + implied,
                questionnaire,
                review,
                List.copyOf(drivers));
    }

    private double logistic(double s) {
        return 100 / (1 + Math.exp(-s / config.spread()));
    }

    /** Share of the 250-day trading value in STAR, ChiNext, BSE and ST; null without trades. */
    static Double highRiskTradeShare(IndicatorRow row) {
        return traded(row, r -> highRiskSum(r, HIGH_RISK_TRADE_SHARES));
    }

    static Double highRiskHoldShare(IndicatorRow row) {
        return highRiskSum(row, HIGH_RISK_HOLD_SHARES);
    }

    /** The high-risk boards' shares in the given columns, added up (at most 1). */
    private static double highRiskSum(IndicatorRow row, List<String> columns) {
        double sum = 0;
        for (String column : columns) {
            sum += row.valueOr(column, 0);
        }
        return Math.min(1, sum);
    }

    /** A defined signal's distance from its neutral value (as ln(1 + value) where it is read so), capped. */
    private static double distance(Signal signal, double value) {
        double x = signal.logarithm() ? Math.log1p(Math.max(0, value)) : value;
        return Math.min(x, CAP) - signal.neutral();
    }

    /** Picks per board over the 250-day window, in {@link BoardPicks#BOARDS} order (0 where missing). */
    private static int[] picks(IndicatorRow row) {
        int[] picks = new int[PICK_COLUMNS.size()];
        for (int b = 0; b < picks.length; b++) {
            Integer n = row.count(PICK_COLUMNS.get(b));
            picks[b] = n == null ? 0 : Math.max(0, n);
        }
        return picks;
    }

    private static Double countOf(IndicatorRow row, String column) {
        Integer n = row.count(column);
        return n == null ? null : n.doubleValue();
    }

    /** A trading signal, null when the client did not trade in the 250-day window. */
    private static Double traded(IndicatorRow row, Reader reader) {
        return trades(row) == 0 ? null : reader.read(row);
    }

    /** Trades in the 250-day window (0 when the indicator is missing). */
    private static int trades(IndicatorRow row) {
        Integer trades = row.count("trade_count_250");
        return trades == null ? 0 : trades;
    }

    /** A holding signal, null when the client held nothing in the snapshot. */
    private static Double held(IndicatorRow row, Reader reader) {
        if (row.valueOr("holding_value", 0) <= 0) {
            return null;
        }
        Double v = reader.read(row);
        return v == null ? 0 : v;
    }
}
