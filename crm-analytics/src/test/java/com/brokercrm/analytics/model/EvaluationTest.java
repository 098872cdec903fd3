package com.brokercrm.analytics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The measures `bench profile` and the generated-brokerage test print, on cases worked out by hand. */
class EvaluationTest {

    @Test
    void theConfusionMatrixGivesAccuracyPrecisionRecallAndMacroF1() {
        Evaluation.Confusion c = new Evaluation.Confusion(List.of("A", "B"));
        add(c, "A", "A", 3);
        add(c, "A", "B", 1);
        add(c, "B", "B", 2);
        add(c, "B", "A", 2);
        assertThat(c.total()).isEqualTo(8);
        assertThat(c.accuracy()).isEqualTo(5 / 8.0);
        // A: 3 of the 5 predicted A are A; 3 of the 4 actual A are found
        assertThat(c.precision("A")).isCloseTo(0.6, within(1e-12));
        assertThat(c.recall("A")).isCloseTo(0.75, within(1e-12));
        assertThat(c.f1("A")).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(1e-12));
        // B: 2 of the 3 predicted B; 2 of the 4 actual B
        assertThat(c.f1("B")).isCloseTo(2 * (2 / 3.0) * 0.5 / (2 / 3.0 + 0.5), within(1e-12));
        assertThat(c.macroF1()).isCloseTo((c.f1("A") + c.f1("B")) / 2, within(1e-12));
        assertThat(c.report()).contains("accuracy 0.6250");
        assertThatThrownBy(() -> c.add("A", "C")).hasMessageContaining("unknown class C");
    }

    @Test
    void spearmanRanksTiesByTheirAverageRank() {
        assertThat(Evaluation.spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 35, 400}))
                .isCloseTo(1, within(1e-12));
        assertThat(Evaluation.spearman(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1}))
                .isCloseTo(-1, within(1e-12));
        assertThat(Evaluation.ranks(new double[] {5, 1, 5, 3})).containsExactly(3.5, 1, 3.5, 2);
        assertThatThrownBy(() -> Evaluation.spearman(new double[] {1}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theQuestionnaireReadOnItsOwnNamesOneClassPerLevel() {
        assertThat(Evaluation.questionnaireClass("C1")).isEqualTo(RiskClass.CONSERVATIVE);
        assertThat(Evaluation.questionnaireClass("C2")).isEqualTo(RiskClass.CONSERVATIVE);
        assertThat(Evaluation.questionnaireClass("C3")).isEqualTo(RiskClass.RISK_AVERSE);
        assertThat(Evaluation.questionnaireClass("C4")).isEqualTo(RiskClass.RISK_SEEKING);
        assertThat(Evaluation.questionnaireClass("C5")).isEqualTo(RiskClass.RISK_SEEKING);
        assertThat(Evaluation.questionnaireClass(null))
                .as("not assessed: the commonest class")
                .isEqualTo(RiskClass.RISK_AVERSE);
    }

    private static void add(Evaluation.Confusion c, String actual, String predicted, int times) {
        for (int i = 0; i < times; i++) {
            c.add(actual, predicted);
        }
    }
}
