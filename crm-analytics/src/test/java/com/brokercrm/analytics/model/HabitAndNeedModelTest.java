package com.brokercrm.analytics.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HabitAndNeedModelTest {

    private final HabitModel habits = new HabitModel(HabitConfig.DEFAULT);
    private final NeedModel needs = new NeedModel(NeedConfig.DEFAULT);

    @Test
    void turnoverClassesUseTheSixMonthFigure() {
        assertThat(turnoverTag(81)).isEqualTo("HIGH_FREQUENCY"); // 40.5 over six months
        assertThat(turnoverTag(80)).isEqualTo("SHORT_TERM"); // exactly 40
        assertThat(turnoverTag(24)).isEqualTo("SHORT_TERM"); // 12
        assertThat(turnoverTag(23.9)).isEqualTo("MEDIUM_TERM");
        assertThat(turnoverTag(6)).isEqualTo("MEDIUM_TERM"); // 3
        assertThat(turnoverTag(5.9)).isEqualTo("LONG_TERM");
    }

    private String turnoverTag(double yearly) {
        Map<String, List<Driver>> tags = habits.habits(Rows.client("T")
                .count("trade_count_250", 2)
                .ratio("turnover_250", yearly)
                .row());
        return tags.keySet().iterator().next();
    }

    @Test
    void behaviourTagsCarryTheValuesBehindThem() {
        Map<String, List<Driver>> tags = habits.habits(RiskModelTest.seeker("S")
                .ratio("app_share_250", 0.9)
                .ratio("momentum_buy_share_250", 0.8)
                .ratio("disposition_effect_250", 0.25)
                .row());
        assertThat(tags.keySet())
                .containsExactly(
                        "HIGH_FREQUENCY",
                        "STAR_PREFERENCE",
                        "CHINEXT_PREFERENCE",
                        "MOBILE_TRADER",
                        "MOMENTUM",
                        "CONCENTRATED",
                        "DISPOSITION_PRONE");
        assertThat(tags.get("CHINEXT_PREFERENCE")).containsExactly(Driver.of("chinextShare", 0.5));
        assertThat(tags.get("DISPOSITION_PRONE").getFirst()).isEqualTo(Driver.of("dispositionEffect", 0.25));
        assertThat(Profile.tagList(tags))
                .startsWith("|HIGH_FREQUENCY|STAR_PREFERENCE|")
                .endsWith("|DISPOSITION_PRONE|");
        assertThat(Profile.tagList(Map.of())).isEqualTo("||");
    }

    @Test
    void fewTradesGiveNoBehaviourTag() {
        Map<String, List<Driver>> tags = habits.habits(Rows.client("F")
                .count("trade_count_250", 3)
                .ratio("turnover_250", 2)
                .ratio("app_share_250", 1)
                .ratio("momentum_buy_share_250", 1)
                .row());
        assertThat(tags.keySet()).containsExactly("LONG_TERM");
    }

    @Test
    void needsFromIdleCashPermissionsCommissionLossesRetirementAndMargin() {
        Rows rich = Rows.client("R")
                .ratio("cash_share_60", 0.8)
                .ratio("avg_assets_60", 900_000)
                .ratio("avg_assets_20", 900_000)
                .count("tenure_days", 3000)
                .count("trade_count_250", 200)
                .ratio("turnover_250", 30)
                .money("trading_value_250", "1000000.00")
                .money("commission_250", "500.00")
                .money("ending_assets", "900000.00")
                .ratio("account_return_250", -0.25)
                .count("age", 58)
                .ratio("equity_share", 0.75);
        Map<String, List<Driver>> tags = needs.needs(rich.row(), Rows.facts("R", "C4"));
        assertThat(tags.keySet())
                .containsExactly(
                        "CASH_MANAGEMENT",
                        "STAR_ELIGIBLE",
                        "CHINEXT_ELIGIBLE",
                        "MARGIN_ELIGIBLE",
                        "COMMISSION_SENSITIVE",
                        "ADVISORY",
                        "ALLOCATION");
        assertThat(tags.get("CASH_MANAGEMENT")).contains(Driver.of("idleCashAmount", 720_000.0));
        assertThat(tags.get("COMMISSION_SENSITIVE")).contains(Driver.of("commissionRate", 0.0005));
        // the same client at C3 is not eligible for margin; having traded ChiNext, ChiNext is not a need
        Map<String, List<Driver>> c3 =
                needs.needs(rich.ratio("chinext_trade_share_250", 0.1).row(), Rows.facts("R", "C3"));
        assertThat(c3).doesNotContainKeys("MARGIN_ELIGIBLE", "CHINEXT_ELIGIBLE").containsKey("STAR_ELIGIBLE");
    }

    @Test
    void marginNearTheWarningLineAndAnExpiringAssessment() {
        Rows margin = Rows.client("M")
                .money("ending_assets", "160000.00")
                .money("ending_margin_debt", "100000.00")
                .count("tenure_days", 400);
        ClientFacts assessedLongAgo = new ClientFacts(
                "M",
                "C4",
                "ORDINARY",
                null,
                "ACTIVE",
                Rows.AS_OF.minusMonths(24).plusDays(10));
        Map<String, List<Driver>> tags = needs.needs(margin.row(), assessedLongAgo);
        assertThat(tags.get("MARGIN_WARNING")).containsExactly(Driver.of("maintenanceRatio", 1.6));
        assertThat(tags.get("ASSESSMENT_RENEWAL"))
                .containsExactly(
                        Driver.of("assessmentExpires", LocalDate.of(2026, 11, 9).toString()));
        ClientFacts closed = new ClientFacts("M", "C4", "ORDINARY", null, "CLOSED", null);
        assertThat(needs.needs(margin.row(), closed)).isEmpty();
    }

    @Test
    void driversAreWrittenAsJsonTheUiReads() {
        ProfileModels models = new ProfileModels(ModelConfig.DEFAULT);
        models.add(RiskModelTest.seeker("S").row(), Rows.facts("S", "C2"));
        Profile p = models.profiles(7).getFirst();
        String json = p.drivers();
        assertThat(json).startsWith("{\"value\":[[\"netCommission\",0.00],[\"marginInterest\",");
        assertThat(json).contains("\"risk\":[[\"highRiskTradeShare\",0.8,");
        assertThat(json).contains(",[\"impliedLevel\",[\"C5\",\"C2\"]]");
        assertThat(json).contains("\"habits\":{\"HIGH_FREQUENCY\":[[\"turnover\",50.0],[\"tradeCount\",");
        assertThat(json).endsWith("}}");
        StringBuilder b = new StringBuilder();
        ProfileJson.value(b, "a\"b\\c\n");
        assertThat(b).hasToString("\"a\\\"b\\\\c\\n\"");
    }
}
