package com.brokercrm.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.brokercrm.analytics.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

    private final IndicatorCatalogue catalogue = IndicatorCatalogue.get();

    @Test
    void everyIndicatorIsDocumented() throws Exception {
        String docs = Files.readString(Path.of("../docs/indicators.md"));
        for (String name : catalogue.names()) {
            assertThat(docs).as(name).contains("`" + name);
        }
    }

    @Test
    void windowedIndicatorsHaveOneColumnPerWindow() {
        assertThat(catalogue.column("turnover_60").window()).isEqualTo(60);
        assertThat(catalogue.column("hhi").windowed()).isFalse();
        assertThat(catalogue.columns()).doesNotHaveDuplicates();
        // every windowed indicator has a column per window, or only the longest window's (the board picks)
        java.util.Map<String, List<Integer>> windows = new java.util.LinkedHashMap<>();
        catalogue.indicators().stream()
                .filter(Indicator::windowed)
                .forEach(i -> windows.computeIfAbsent(i.name(), n -> new java.util.ArrayList<>())
                        .add(i.window()));
        assertThat(windows.values()).allSatisfy(w -> assertThat(w).isIn(IndicatorCatalogue.WINDOWS, List.of(250)));
        assertThat(windows.get("turnover")).isEqualTo(IndicatorCatalogue.WINDOWS);
        assertThat(windows.get("chinext_picks")).containsExactly(250);
    }

    @Test
    void windowLinesAreRepeatedAndParametersBecomeLiterals() {
        String sql = SqlTemplate.expand("SELECT a, -- note: :ignored\n  SUM(x) AS s_{w},\n  b\n", List.of(20, 60));
        assertThat(sql).isEqualTo("SELECT a,\n  SUM(x) AS s_20,\n  SUM(x) AS s_60,\n  b\n");
        assertThat(SqlTemplate.bind(
                        "WHERE d >= :start_20 AND t < TIME '10:00:00'", Map.of("start_20", "DATE '2026-01-05'")))
                .isEqualTo("WHERE d >= DATE '2026-01-05' AND t < TIME '10:00:00'");
        assertThatThrownBy(() -> SqlTemplate.bind("WHERE d = :nope", Map.of())).hasMessageContaining(":nope");
    }

    @Test
    void aSharedFragmentIsWrittenOnceAndIncludedWhereverAStepNamesIt() {
        String shared = SqlTemplate.load("positions");
        String rebuild = SqlTemplate.load("rolling/positions_rebuild", Engine.DUCKDB);
        for (String step : List.of(shared, rebuild)) {
            assertThat(step)
                    .doesNotContain("@include")
                    .contains("sell_days AS (")
                    .contains("FROM ind_moves p");
        }
        for (String step : List.of(shared, rebuild, SqlTemplate.load("rolling/positions_advance", Engine.DUCKDB))) {
            assertThat(step)
                    .as("a fragment inside a fragment is included too")
                    .doesNotContain("@include")
                    .contains("WHEN pr.close > h.ref_price THEN 3");
        }
        assertThat(SqlTemplate.load("trades")).contains("LAG(close, 21) OVER w AS close_earlier");
        assertThat(SqlTemplate.load("rolling/trades_advance", Engine.DUCKDB))
                .contains("LAG(close, 21) OVER w AS close_earlier")
                .contains("AS contrarian_value");
        for (Engine engine : Engine.values()) {
            assertThat(SqlTemplate.load("returns", engine)).contains("kind NOT IN ('DIVIDEND', 'INTEREST')");
        }
        assertThat(SqlTemplate.load("rolling/returns_rebuild", Engine.DUCKDB))
                .contains("kind NOT IN ('DIVIDEND', 'INTEREST')");
    }

    @Test
    void everySqlStepExpandsWithTheParametersItNames() {
        IndicatorParameters parameters = new IndicatorParameters(
                java.time.LocalDate.of(2026, 10, 30),
                List.of(java.time.LocalDate.of(2026, 10, 30), java.time.LocalDate.of(2026, 10, 29)),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                FeeRates.DEFAULT);
        for (Engine engine : Engine.values()) {
            for (String group : IndicatorRunner.GROUPS) {
                assertThat(IndicatorRunner.sql(group, engine, parameters.literals()))
                        .as(engine + " " + group)
                        .doesNotContainPattern(":[a-z]")
                        .doesNotContain("{w}")
                        .doesNotContain("@include")
                        .contains("SELECT");
            }
        }
        assertThat(IndicatorRunner.sql("returns", Engine.DUCKDB, parameters.literals()))
                .contains("list_reduce");
        assertThat(IndicatorRunner.sql("returns", Engine.POSTGRESQL, parameters.literals()))
                .doesNotContain("list_reduce");
        assertThat(IndicatorRunner.insertNewSql()).contains("INSERT INTO customer_indicator");
        assertThat(IndicatorRunner.updateSql()).contains("tenure_days = n.tenure_days");
    }
}
