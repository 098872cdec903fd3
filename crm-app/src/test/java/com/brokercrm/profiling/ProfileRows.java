package com.brokercrm.profiling;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes profile rows straight into {@code customer_profile}, as a model run would, for tests of the read
 * side. Contribution is split 60/10/20/10 over commission, margin interest, cash spread and product fees,
 * and the cost to serve is a tenth of the value.
 */
public final class ProfileRows {

    private final String customerId;
    private final LocalDate asOf;
    private String tier = "ORDINARY";
    private BigDecimal value = BigDecimal.ZERO;
    private Double percentile;
    private BigDecimal potential;
    private Double riskScore;
    private String riskClass;
    private String impliedLevel;
    private String questionnaireLevel;
    private boolean review;
    private String habits = "||";
    private String needs = "||";
    private String drivers = "{}";

    private ProfileRows(String customerId, LocalDate asOf) {
        this.customerId = customerId;
        this.asOf = asOf;
    }

    public static ProfileRows of(String customerId, LocalDate asOf) {
        return new ProfileRows(customerId, asOf);
    }

    public ProfileRows value(String tier, String value, Double percentile, String potential) {
        this.tier = tier;
        this.value = new BigDecimal(value);
        this.percentile = percentile;
        this.potential = potential == null ? null : new BigDecimal(potential);
        return this;
    }

    public ProfileRows risk(Double score, String riskClass, String implied, String questionnaire, boolean review) {
        this.riskScore = score;
        this.riskClass = riskClass;
        this.impliedLevel = implied;
        this.questionnaireLevel = questionnaire;
        this.review = review;
        return this;
    }

    public ProfileRows habits(String... tags) {
        this.habits = "|" + String.join("|", tags) + "|";
        return this;
    }

    public ProfileRows needs(String... tags) {
        this.needs = "|" + String.join("|", tags) + "|";
        return this;
    }

    public ProfileRows drivers(String json) {
        this.drivers = json;
        return this;
    }

    public void insert(JdbcClient jdbc) {
        BigDecimal cost = value.abs().movePointLeft(1);
        BigDecimal contribution = value.add(cost);
        jdbc.sql("""
                        INSERT INTO customer_profile (customer_id, as_of, run_id, net_commission, margin_interest,
                            cash_spread, product_fees, contribution, cost_to_serve, client_value, value_percentile,
                            tier, potential_value, risk_score, risk_class, implied_level, questionnaire_level,
                            level_review, habits, needs, drivers)
                        VALUES (:id, :asOf, 1, :commission, :margin, :spread, :fees, :contribution, :cost, :value,
                            :percentile, :tier, :potential, :riskScore, :riskClass, :implied, :questionnaire,
                            :review, :habits, :needs, :drivers)
                        """)
                .param("id", customerId)
                .param("asOf", asOf)
                .param("commission", part(contribution, "0.6"))
                .param("margin", part(contribution, "0.1"))
                .param("spread", part(contribution, "0.2"))
                .param(
                        "fees",
                        contribution
                                .subtract(part(contribution, "0.6"))
                                .subtract(part(contribution, "0.1"))
                                .subtract(part(contribution, "0.2")))
                .param("contribution", contribution)
                .param("cost", cost)
                .param("value", value)
                .param("percentile", percentile, java.sql.Types.DOUBLE)
                .param("tier", tier)
                .param("potential", potential, java.sql.Types.DECIMAL)
                .param("riskScore", riskScore, java.sql.Types.DOUBLE)
                .param("riskClass", riskClass, java.sql.Types.VARCHAR)
                .param("implied", impliedLevel, java.sql.Types.VARCHAR)
                .param("questionnaire", questionnaireLevel, java.sql.Types.VARCHAR)
                .param("review", review)
                .param("habits", habits)
                .param("needs", needs)
                .param("drivers", drivers)
                .update();
    }

    private static BigDecimal part(BigDecimal total, String share) {
        return total.multiply(new BigDecimal(share)).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** Two as-of dates for the sample brokerage (C001 B01 manager S01; C002 B02; C003 B02 manager S01). */
    public static final LocalDate EARLIER = LocalDate.of(2024, 12, 31);

    public static final LocalDate LATEST = LocalDate.of(2025, 1, 3);

    /** Drivers of C001's latest profile: known keys, a key no message has, and tags. */
    public static final String C001_DRIVERS = """
            {"value": [{"key": "netCommission", "value": 9600.4},
                       {"key": "avgAssets", "value": 1250000}],
             "risk": [{"key": "highRiskTradeShare", "value": 0.62, "points": 12.5},
                      {"key": "accountReturn", "value": null},
                      {"key": "notInMessages", "value": [1, "x"]},
                      {"key": "impliedLevel", "value": ["C5", "C4"]}],
             "habits": {"HIGH_FREQUENCY": [{"key": "turnover", "value": 48.2}],
                        "STAR_PREFERENCE": [{"key": "starShare", "value": 0.62}],
                        "NIGHT_OWL": [{"key": "unknownHabit", "value": 3}]},
             "needs": {"CASH_MANAGEMENT": [{"key": "cashShare", "value": 0.62},
                                           {"key": "idleCashAmount", "value": 45000}],
                       "MARGIN_ELIGIBLE": [{"key": "eligibleAssets", "value": 520000}]}}
            """;

    /**
     * Drivers of C003's latest profile: trading alone looks conservative; level C5 and age say otherwise; more
     * reasons than a card shows unfolded.
     */
    public static final String C003_DRIVERS = """
            {"value": [],
             "risk": [{"key": "questionnaireLevel", "value": "C5", "points": 1.6},
                      {"key": "holdingDays", "value": 64.0, "points": -1.2},
                      {"key": "cashShare", "value": 0.45, "points": -0.9},
                      {"key": "equityShare", "value": 0.55, "points": 0.4},
                      {"key": "yearTurnover", "value": 1.8, "points": -0.3},
                      {"key": "volatility", "value": 0.006, "points": -0.2},
                      {"key": "maxDrawdown", "value": 0.05, "points": -0.1},
                      {"key": "classOdds", "value": [0.08, 0.61, 0.31]},
                      {"key": "tradesLike.CONSERVATIVE", "value": 0.74},
                      {"key": "impliedLevel", "value": ["C3", "C5"]}],
             "habits": {}, "needs": {}}
            """;

    /**
     * The sample profiles: on {@link #EARLIER} C001 SILVER; on {@link #LATEST} C001 GOLD risk-seeking with
     * implied C5 against a C4 questionnaire (to review), high-frequency STAR trader needing cash management
     * and margin; C002 ORDINARY conservative needing a new assessment; C003 DIAMOND risk-averse, implied C3
     * against C5 (to review), needing cash management.
     */
    public static void sample(JdbcClient jdbc) {
        of("C001", EARLIER)
                .value("SILVER", "3000.00", 40.0, "9000.00")
                .risk(40.0, "RISK_AVERSE", "C3", "C4", false)
                .habits("LONG_TERM")
                .insert(jdbc);
        of("C002", EARLIER)
                .value("ORDINARY", "100.00", 10.0, null)
                .risk(15.0, "CONSERVATIVE", "C1", null, false)
                .insert(jdbc);
        of("C001", LATEST)
                .value("GOLD", "12000.50", 85.0, "30000.00")
                .risk(72.5, "RISK_SEEKING", "C5", "C4", true)
                .habits("HIGH_FREQUENCY", "STAR_PREFERENCE", "NIGHT_OWL")
                .needs("CASH_MANAGEMENT", "MARGIN_ELIGIBLE")
                .drivers(C001_DRIVERS)
                .insert(jdbc);
        of("C002", LATEST)
                .value("ORDINARY", "150.00", 20.0, null)
                .risk(20.0, "CONSERVATIVE", "C2", null, false)
                .needs("ASSESSMENT_RENEWAL")
                .insert(jdbc);
        of("C003", LATEST)
                .value("DIAMOND", "250000.00", 99.0, "400000.00")
                .risk(55.0, "RISK_AVERSE", "C3", "C5", true)
                .habits("CONCENTRATED")
                .needs("CASH_MANAGEMENT")
                .drivers(C003_DRIVERS)
                .insert(jdbc);
    }
}
