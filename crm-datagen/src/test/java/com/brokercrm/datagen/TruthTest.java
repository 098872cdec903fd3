package com.brokercrm.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.datagen.customer.CustomerFactory;
import com.brokercrm.datagen.customer.Persona;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** truth.csv agrees with churn_events.csv and customers.csv, and churned accounts really end. */
class TruthTest {

    private final GeneratedBrokerage g = GeneratedBrokerage.get();
    private final List<Map<String, String>> truth = g.rows("truth.csv");
    private final List<Map<String, String>> events = g.rows("churn_events.csv");

    @Test
    void everyPlantedChurnerHasItsEventAndEveryEventIsPlanted() {
        Set<String> planted = new HashSet<>();
        for (Map<String, String> t : truth) {
            if (!t.get("churn_kind").isEmpty()) {
                planted.add(t.get("customer_id") + "|" + t.get("churn_type") + "|" + t.get("churn_date") + "|"
                        + t.get("reason_code") + "|" + t.get("destination"));
                assertThat(LocalDate.parse(t.get("drift_start"))).isBefore(LocalDate.parse(t.get("churn_date")));
            } else {
                assertThat(t.get("churn_type") + t.get("churn_date") + t.get("drift_start"))
                        .isEmpty();
            }
        }
        Set<String> written = new HashSet<>();
        for (Map<String, String> e : events) {
            assertThat(written.add(e.get("customer_id") + "|" + e.get("type") + "|" + e.get("event_date") + "|"
                            + e.get("reason_code") + "|" + e.get("destination")))
                    .isTrue();
        }
        assertThat(written).isEqualTo(planted);
        assertThat(planted.size())
                .isBetween(GeneratedBrokerage.CUSTOMERS * 4 / 100, GeneratedBrokerage.CUSTOMERS * 16 / 100);
    }

    @Test
    void statusAndStatusDateFollowTheChurnEvent() {
        Map<String, Map<String, String>> eventByCustomer = new HashMap<>();
        events.forEach(e -> eventByCustomer.put(e.get("customer_id"), e));
        for (Map<String, String> c : g.rows("customers.csv")) {
            Map<String, String> e = eventByCustomer.get(c.get("customer_id"));
            if (e == null || e.get("type").equals("ASSET_OUTFLOW")) {
                assertThat(c.get("status")).isIn("ACTIVE", "DORMANT");
                if (c.get("status").equals("ACTIVE")) {
                    assertThat(c.get("status_date")).isEmpty();
                }
            } else {
                assertThat(c.get("status")).isEqualTo(e.get("type"));
                assertThat(c.get("status_date")).isEqualTo(e.get("event_date"));
            }
        }
    }

    @Test
    void closedAndTransferredAccountsHaveNothingAfterTheEventAndEndEmpty() {
        Ledgers l = Ledgers.get();
        Map<String, LocalDate> ended = new HashMap<>();
        for (Map<String, String> e : events) {
            if (e.get("type").equals("CLOSED") || e.get("type").equals("TRANSFERRED_OUT")) {
                ended.put(e.get("customer_id"), LocalDate.parse(e.get("event_date")));
            }
        }
        assertThat(ended).isNotEmpty();
        Map<String, String> dateColumns = Map.of(
                "trades.csv", "trade_date",
                "fund_flows.csv", "flow_date",
                "daily_assets.csv", "as_of",
                "positions.csv", "as_of",
                "contacts.csv", "occurred_at");
        dateColumns.forEach((file, column) -> {
            for (Map<String, String> row : g.rows(file)) {
                LocalDate end = ended.get(row.get("customer_id"));
                if (end != null) {
                    LocalDate day = LocalDate.parse(row.get(column).substring(0, 10));
                    assertThat(day).as(file + " " + row).isBeforeOrEqualTo(end);
                }
            }
        });
        ended.forEach((customer, day) -> {
            Map<String, String> last = l.assetsByCustomer.get(customer).getLast();
            assertThat(last.get("as_of")).isEqualTo(day.toString());
            assertThat(last.get("cash") + last.get("market_value") + last.get("margin_debt"))
                    .isEqualTo("0.000.000.00");
        });
    }

    @Test
    void personaMixIsRoughlyAsConfiguredWithSomeAtypicalClients() {
        Map<String, Integer> counts = new HashMap<>();
        int atypical = 0;
        for (Map<String, String> t : truth) {
            counts.merge(t.get("persona"), 1, Integer::sum);
            if (!t.get("persona").equals(t.get("behaves_as"))) {
                atypical++;
            }
        }
        for (Persona p : Persona.values()) {
            double share = counts.getOrDefault(p.name(), 0) / (double) truth.size();
            assertThat(share)
                    .as(p.name())
                    .isCloseTo(CustomerFactory.PERSONA_SHARES[p.ordinal()], org.assertj.core.data.Offset.offset(0.08));
        }
        assertThat(atypical / (double) truth.size()).isBetween(0.05, 0.2);
    }

    @Test
    void someRiskSeekersAreAssessedBelowTheirBehaviour() {
        long mismatches = truth.stream()
                .filter(t -> t.get("suitability_mismatch").equals("true"))
                .count();
        assertThat(mismatches).isGreaterThan(5);
        for (Map<String, String> t : truth) {
            if (t.get("suitability_mismatch").equals("true")) {
                assertThat(t.get("behaves_as")).isEqualTo("RISK_SEEKING");
                assertThat(t.get("risk_level")).isIn("C1", "C2", "C3");
            }
        }
    }
}
