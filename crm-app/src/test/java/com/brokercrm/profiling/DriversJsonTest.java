package com.brokercrm.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.analytics.model.Driver;
import com.brokercrm.analytics.model.ProfileJson;
import com.brokercrm.analytics.model.RiskClass;
import com.brokercrm.analytics.model.RiskResult;
import com.brokercrm.analytics.model.ValueResult;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The drivers column as the models write it now (arrays) and as older profiles hold it (objects). */
class DriversJsonTest {

    @Test
    void theArraysTheModelsWriteReadAsTheObjectsOlderProfilesHold() {
        ValueResult value = new ValueResult(
                BigDecimal.ONE,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ONE,
                BigDecimal.ZERO,
                BigDecimal.ONE,
                BigDecimal.ZERO,
                List.of(Driver.of("netCommission", new BigDecimal("176.86")), Driver.of("contacts", 3L)));
        RiskResult risk = new RiskResult(
                70,
                RiskClass.RISK_SEEKING,
                0.9,
                "C4",
                "C2",
                true,
                List.of(
                        Driver.scored("boardPicks", List.of(5, 0, 3), 2.8185),
                        Driver.scored("questionnaireLevel", "C2", -1.06),
                        Driver.of("impliedLevel", List.of("C4", "C2")),
                        Driver.of("note", "say \"why\"")));
        Map<String, List<Driver>> habits = new LinkedHashMap<>();
        habits.put("MEDIUM_TERM", List.of(Driver.of("turnover", 5.74), Driver.of("tradeCount", 22)));
        Map<String, List<Driver>> needs = Map.of("ADVISORY", List.of(Driver.of("loss", 1200.5)));

        String written = ProfileJson.drivers(value, risk, habits, needs);
        assertThat(written)
                .startsWith("{\"value\":[[\"netCommission\",176.86],[\"contacts\",3]],"
                        + "\"risk\":[[\"boardPicks\",[5,0,3],2.8185],");
        String older = """
                {"value":[{"key":"netCommission","value":176.86},{"key":"contacts","value":3}],
                 "risk":[{"key":"boardPicks","value":[5,0,3],"points":2.8185},
                         {"key":"questionnaireLevel","value":"C2","points":-1.06},
                         {"key":"impliedLevel","value":["C4","C2"]},{"key":"note","value":"say \\"why\\""}],
                 "habits":{"MEDIUM_TERM":[{"key":"turnover","value":5.74},{"key":"tradeCount","value":22}]},
                 "needs":{"ADVISORY":[{"key":"loss","value":1200.5}]}}""";

        ClientProfile.Drivers now = DriversJson.parse(written);
        assertThat(now).isEqualTo(DriversJson.parse(older));
        assertThat(now.risk())
                .extracting(ClientProfile.Driver::key)
                .containsExactly("boardPicks", "questionnaireLevel", "impliedLevel", "note");
        assertThat(now.risk().getFirst().arguments()).containsExactly(5, 0, 3);
        assertThat(now.risk().get(3).arguments()).containsExactly("say \"why\"");
        assertThat(now.habits().get("MEDIUM_TERM"))
                .extracting(ClientProfile.Driver::key)
                .containsExactly("turnover", "tradeCount");
        assertThat(written.length())
                .as("a third shorter than the objects")
                .isLessThan(older.replaceAll("\\s", "").length() * 2 / 3 + 10);
    }
}
