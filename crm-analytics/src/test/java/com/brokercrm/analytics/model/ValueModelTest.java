package com.brokercrm.analytics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ValueModelTest {

    private final ValueModel model = new ValueModel(ValueConfig.DEFAULT);

    @Test
    void roundingAgreesWithBigDecimalHalfUpOnItsShortestDecimalForm() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 2_000_000; i++) {
            int digits = random.nextInt(9);
            double v = switch (i % 4) {
                // ties and near-ties of the decimal grid: x.xx5, as written and one ulp either side
                case 0 -> {
                    double tie = (random.nextLong(-2_000_000_000L, 2_000_000_000L) + 0.5) / Math.pow(10, digits);
                    yield switch (random.nextInt(3)) {
                        case 0 -> tie;
                        case 1 -> Math.nextUp(tie);
                        default -> Math.nextDown(tie);
                    };
                }
                case 1 -> random.nextDouble(-1, 1);
                case 2 -> random.nextDouble(-1e6, 1e6);
                default -> Math.scalb(random.nextDouble(-1, 1), random.nextInt(-40, 60));
            };
            double expected =
                    BigDecimal.valueOf(v).setScale(digits, RoundingMode.HALF_UP).doubleValue();
            assertThat(ValueModel.round(v, digits))
                    .as("%s to %d digits", v, digits)
                    .isEqualTo(expected);
        }
        assertThat(ValueModel.round(0.145, 2)).isEqualTo(0.15);
        assertThat(ValueModel.round(-0.145, 2)).isEqualTo(-0.15);
        assertThat(1 / ValueModel.round(-0.00001, 4)).as("no negative zero").isPositive();
        assertThat(1 / ValueModel.round(-0.0, 2)).as("no negative zero").isPositive();
        assertThat(ValueModel.round(Double.NaN, 2)).isNaN();
    }

    /** Half a year of asset days: flows doubled to a year; averages are yearly rates already. */
    private static Rows halfYearClient() {
        return Rows.client("C1")
                .count("asset_days_250", 125)
                .money("net_commission_250", "1000.00")
                .ratio("avg_margin_debt_250", 100_000)
                .ratio("avg_assets_250", 200_000)
                .ratio("avg_assets_20", 300_000)
                .ratio("cash_share_250", 0.5)
                .money("holding_value", "100000.00")
                .ratio("product_hold_share", 0.25)
                .count("visit_contacts_250", 1)
                .count("call_out_contacts_250", 2)
                .count("email_contacts_250", 4)
                .count("contacts_250", 7)
                .count("trade_count_250", 10)
                .ratio("counter_share_250", 0.3)
                .count("age", 40);
    }

    @Test
    void contributionLessCostToServeAnnualisedFromTheWindow() {
        ValueResult v = model.value(halfYearClient().row(), Rows.facts("C1", "C3"));
        assertThat(v.netCommission()).isEqualByComparingTo("2000.00"); // 1000 x 250/125
        assertThat(v.marginInterest()).isEqualByComparingTo("3500.00"); // 100,000 x (7% - 3.5%)
        assertThat(v.cashSpread()).isEqualByComparingTo("1500.00"); // 100,000 cash x 1.5%
        assertThat(v.productFees()).isEqualByComparingTo("100.00"); // 25,000 in products x 0.4%
        assertThat(v.contribution()).isEqualByComparingTo("7100.00");
        // 60 fixed + 2 x (visit 200 + 2 calls x 15 + 4 e-mails x 0.5 + 3 counter trades x 10)
        assertThat(v.costToServe()).isEqualByComparingTo("584.00");
        assertThat(v.clientValue()).isEqualByComparingTo("6516.00");
        assertThat(v.drivers()).extracting(Driver::key).startsWith("netCommission", "marginInterest", "cashSpread");
    }

    @Test
    void potentialGrowsWithTheAssetTrendAndTheWalletGapAndShrinksWithAge() {
        ValueResult young = model.value(halfYearClient().row(), Rows.facts("C1", "C3"));
        // trend +50% (300k over 200k) x weight 0.5; gap 800k - 200k = 600k x 30% x 0.3%
        assertThat(young.potentialValue()).isEqualByComparingTo(new BigDecimal("8685.00")); // 6516 x 1.25 + 540
        ValueResult old = model.value(halfYearClient().count("age", 80).row(), Rows.facts("C1", "C3"));
        assertThat(old.potentialValue()).isEqualByComparingTo("4342.50"); // half: the horizon's floor
    }

    @Test
    void aClosedAccountCarriesNoFixedCostAndAnEmptyRowIsWorthNothing() {
        ClientFacts closed = new ClientFacts("C2", null, "ORDINARY", null, "CLOSED", null);
        ValueResult v = model.value(Rows.client("C2").row(), closed);
        assertThat(v.contribution()).isEqualByComparingTo("0");
        assertThat(v.costToServe()).isEqualByComparingTo("0");
        ValueResult open = model.value(Rows.client("C3").row(), Rows.facts("C3", null));
        assertThat(open.clientValue()).isEqualByComparingTo("-60.00");
    }

    @Test
    void percentilesRankAllClientsAndTiersFollowTheCutOffs() {
        ProfileModels models = new ProfileModels(ModelConfig.DEFAULT);
        for (int i = 0; i < 200; i++) {
            String id = String.format("C%03d", i);
            // two clients share each commission, so ties get the same percentile
            models.add(
                    Rows.client(id)
                            .count("asset_days_250", 250)
                            .money("net_commission_250", (i / 2) + ".00")
                            .row(),
                    Rows.facts(id, "C3"));
        }
        List<Profile> profiles = models.profiles(1);
        assertThat(profiles).hasSize(200);
        Profile top = profiles.get(199);
        Profile bottom = profiles.get(0);
        assertThat(top.tier()).isEqualTo(Tier.DIAMOND);
        assertThat(top.valuePercentile()).isEqualTo(99.5);
        assertThat(profiles.get(198).valuePercentile()).isEqualTo(99.5);
        assertThat(bottom.tier()).isEqualTo(Tier.ORDINARY);
        assertThat(bottom.valuePercentile()).isEqualTo(0.5);
        assertThat(profiles.stream().filter(p -> p.tier() == Tier.PLATINUM)).hasSize(8);
        assertThat(profiles.stream().filter(p -> p.tier() == Tier.GOLD)).hasSize(30);
        assertThat(profiles.stream().filter(p -> p.tier() == Tier.SILVER)).hasSize(60);
    }

    @Test
    void unsetSettingsTakeTheirDefaultsAndCutOffsMustRise() {
        ValueConfig custom = new ValueConfig(
                null,
                null,
                null,
                null,
                new BigDecimal("0.01"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(custom.cashSpread()).isEqualByComparingTo("0.01");
        assertThat(custom.marginClientRate()).isEqualByComparingTo("0.07");
        assertThat(custom.diamondPercentile()).isEqualTo(99.0);
        assertThatThrownBy(() -> new ValueConfig(
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 50.0,
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
