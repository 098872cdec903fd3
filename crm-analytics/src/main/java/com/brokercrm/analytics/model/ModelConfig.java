package com.brokercrm.analytics.model;

import static com.brokercrm.analytics.model.Defaults.or;

/** The configuration of all profile models; a null part takes its defaults. */
public record ModelConfig(ValueConfig value, RiskConfig risk, HabitConfig habits, NeedConfig needs) {

    public static final ModelConfig DEFAULT = new ModelConfig(null, null, null, null);

    public ModelConfig {
        value = or(value, ValueConfig.DEFAULT);
        risk = or(risk, RiskConfig.DEFAULT);
        habits = or(habits, HabitConfig.DEFAULT);
        needs = or(needs, NeedConfig.DEFAULT);
    }
}
