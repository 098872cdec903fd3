package com.brokercrm.profiling;

import com.brokercrm.analytics.model.HabitConfig;
import com.brokercrm.analytics.model.ModelConfig;
import com.brokercrm.analytics.model.NeedConfig;
import com.brokercrm.analytics.model.RiskConfig;
import com.brokercrm.analytics.model.ValueConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Weights, thresholds and cut-offs of the profile models ({@code brokercrm.models.value.*},
 * {@code .risk.*}, {@code .habits.*}, {@code .needs.*}), bound onto the crm-analytics config records:
 * a property left unset keeps its documented default (docs/models.md), e.g.
 * {@code brokercrm.models.value.cash-spread=0.012} or {@code brokercrm.models.risk.review-gap=1}.
 */
@ConfigurationProperties("brokercrm.models")
public record ModelProperties(ValueConfig value, RiskConfig risk, HabitConfig habits, NeedConfig needs) {

    public static ModelProperties defaults() {
        return new ModelProperties(null, null, null, null);
    }

    public ModelConfig config() {
        return new ModelConfig(value, risk, habits, needs);
    }
}
