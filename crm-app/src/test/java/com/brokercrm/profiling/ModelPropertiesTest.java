package com.brokercrm.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.analytics.model.ModelConfig;
import com.brokercrm.analytics.model.RiskClassConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** brokercrm.models.* binds onto the model config records; what is not set keeps its default. */
class ModelPropertiesTest {

    private static ModelConfig bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("brokercrm.models", ModelProperties.class)
                .config();
    }

    @Test
    void nothingSetGivesTheDocumentedDefaults() {
        assertThat(bind(Map.of())).isEqualTo(ModelConfig.DEFAULT);
    }

    @Test
    void aFewSettingsChangeOnlyThemselves() {
        ModelConfig c = bind(Map.of(
                "brokercrm.models.value.cash-spread", "0.012",
                "brokercrm.models.value.diamond-percentile", "99.5",
                "brokercrm.models.risk.review-gap", "1",
                "brokercrm.models.habits.min-trades", "20",
                "brokercrm.models.needs.idle-cash-amount", "100000"));
        assertThat(c.value().cashSpread()).isEqualByComparingTo("0.012");
        assertThat(c.value().diamondPercentile()).isEqualTo(99.5);
        assertThat(c.value().marginClientRate()).isEqualByComparingTo("0.07");
        assertThat(c.risk().reviewGap()).isEqualTo(1);
        assertThat(c.risk().highRiskTradeWeight()).isEqualTo(5.57);
        assertThat(c.habits().minTrades()).isEqualTo(20);
        assertThat(c.habits().highFrequencyTurnover()).isEqualTo(40.0);
        assertThat(c.needs().idleCashAmount()).isEqualByComparingTo("100000");
        assertThat(c.needs().starAssets()).isEqualByComparingTo("500000");
    }

    @Test
    void theRiskClassModelBindsItsShareListsAndOneSignalWeightKeepingTheOthers() {
        ModelConfig c = bind(Map.of(
                "brokercrm.models.risk.class-model.atypical-share", "0.02",
                "brokercrm.models.risk.class-model.style-notice-from", "0.9",
                "brokercrm.models.risk.class-model.age-means", "35,45,55",
                "brokercrm.models.risk.class-model.seeking.trading-weights[holdingDays]", "-2.5",
                "brokercrm.models.risk.class-model.board-picks.averse", "10,0.1,3,0.05,1,4,2"));
        assertThat(c.risk().classModel().atypicalShare()).isEqualTo(0.02);
        assertThat(c.risk().classModel().styleNoticeFrom()).isEqualTo(0.9);
        assertThat(ModelConfig.DEFAULT.risk().classModel().styleNoticeFrom()).isEqualTo(0.8);
        assertThat(c.risk().classModel().ageMeans()).containsExactly(35.0, 45.0, 55.0);
        RiskClassConfig defaults = ModelConfig.DEFAULT.risk().classModel();
        assertThat(c.risk().classModel().seeking().tradingWeights())
                .containsEntry("holdingdays", -2.5)
                .containsEntry("cashshare", defaults.seeking().tradingWeights().get("cashshare"))
                .hasSameSizeAs(defaults.seeking().tradingWeights());
        assertThat(defaults.seeking().tradingWeights().get("holdingdays")).isNotEqualTo(-2.5);
        assertThat(c.risk().classModel().seeking().intercept())
                .isEqualTo(defaults.seeking().intercept());
        assertThat(c.risk().classModel().boardPicks().averse()).containsExactly(10.0, 0.1, 3.0, 0.05, 1.0, 4.0, 2.0);
        assertThat(c.risk().classModel().boardPicks().seeking())
                .isEqualTo(ModelConfig.DEFAULT.risk().classModel().boardPicks().seeking());
        assertThat(c.risk().classModel().conservative())
                .isEqualTo(ModelConfig.DEFAULT.risk().classModel().conservative());
    }
}
