package com.brokercrm.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.datagen.people.ResidentIdNumber;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every reference resolves and the master data passes the import format's checks. */
class ReferenceIntegrityTest {

    private final GeneratedBrokerage g = GeneratedBrokerage.get();
    private final Map<String, Map<String, String>> branches = byKey("branches.csv", "branch_id");
    private final Map<String, Map<String, String>> staff = byKey("staff.csv", "staff_id");
    private final Map<String, Map<String, String>> customers = byKey("customers.csv", "customer_id");
    private final Set<String> securities =
            g.rows("securities.csv").stream().map(Ledgers::key).collect(Collectors.toSet());

    private Map<String, Map<String, String>> byKey(String file, String column) {
        Map<String, Map<String, String>> result = new HashMap<>();
        for (Map<String, String> row : g.rows(file)) {
            assertThat(result.put(row.get(column), row))
                    .as("duplicate " + column + " in " + file)
                    .isNull();
        }
        return result;
    }

    @Test
    void everyRowOfEveryFileHasTheHeadersColumns() {
        assertThat(g.summary.rowsPerFile()).hasSize(13);
        g.summary.rowsPerFile().forEach((file, rows) -> {
            Csv csv = g.csv(file);
            assertThat(csv.rows()).as(file).hasSize(rows.intValue());
            for (String[] row : csv.rows()) {
                assertThat(row)
                        .as(file + " " + String.join(",", row))
                        .hasSize(csv.header().size());
            }
        });
    }

    @Test
    void branchesSpanSeveralRegionsAndStaffBelongToThem() {
        assertThat(branches.values().stream().map(b -> b.get("region")).distinct())
                .hasSizeGreaterThanOrEqualTo(3);
        for (Map<String, String> s : staff.values()) {
            if (!s.get("branch_id").isEmpty()) {
                assertThat(branches).containsKey(s.get("branch_id"));
            }
            if (!s.get("left_on").isEmpty()) {
                assertThat(LocalDate.parse(s.get("left_on"))).isAfterOrEqualTo(LocalDate.parse(s.get("hired_on")));
            }
        }
    }

    @Test
    void customersReferenceTheirBranchAndStaffOfThatBranch() {
        assertThat(customers).hasSize(GeneratedBrokerage.CUSTOMERS);
        for (Map<String, String> c : customers.values()) {
            assertThat(branches).containsKey(c.get("branch_id"));
            checkStaff(c, "manager_id", "ACCOUNT_MANAGER");
            checkStaff(c, "broker_id", "BROKER");
        }
        assertThat(customers.values()).anyMatch(c -> !c.get("broker_id").isEmpty());
    }

    private void checkStaff(Map<String, String> customer, String column, String role) {
        String id = customer.get(column);
        if (id.isEmpty()) {
            return;
        }
        Map<String, String> s = staff.get(id);
        assertThat(s).as(column + " of " + customer).isNotNull();
        assertThat(s.get("role")).isEqualTo(role);
        assertThat(s.get("branch_id")).isEqualTo(customer.get("branch_id"));
        assertThat(s.get("left_on")).isEmpty();
    }

    @Test
    void identityNumbersPassTheChecksumAndHoldTheBirthDate() {
        int checked = 0;
        for (Map<String, String> c : customers.values()) {
            String id = c.get("id_number");
            if (id.isEmpty()) {
                continue;
            }
            assertThat(ResidentIdNumber.isValid(id)).as(id).isTrue();
            assertThat(checkDigit(id)).as(id).isEqualTo(Character.toUpperCase(id.charAt(17)));
            if (!c.get("birth_date").isEmpty()) {
                assertThat(id.substring(6, 14)).isEqualTo(c.get("birth_date").replace("-", ""));
            }
            if (!c.get("gender").isEmpty()) {
                assertThat((id.charAt(16) - '0') % 2 == 1)
                        .isEqualTo(c.get("gender").equals("M"));
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(GeneratedBrokerage.CUSTOMERS * 9 / 10);
    }

    /** GB 11643 MOD 11-2, computed independently of the generator's code. */
    private static char checkDigit(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11;
            sum += (id.charAt(i) - '0') * weight;
        }
        return "10X98765432".charAt(sum % 11);
    }

    @Test
    void masterDataIsPlausible() {
        LocalDate end = GeneratorOptions.DEFAULT_END_DATE;
        for (Map<String, String> c : customers.values()) {
            if (!c.get("phone").isEmpty()) {
                assertThat(c.get("phone")).matches("1[3-9]\\d{9}");
            }
            if (!c.get("email").isEmpty()) {
                assertThat(c.get("email")).matches("[^@\\s]+@[^@\\s]+\\.[a-z]+");
            }
            if (!c.get("birth_date").isEmpty()) {
                LocalDate birth = LocalDate.parse(c.get("birth_date"));
                assertThat(birth).isBetween(end.minusYears(86), end.minusYears(18));
                assertThat(birth.plusYears(18)).isBeforeOrEqualTo(LocalDate.parse(c.get("open_date")));
            }
            assertThat(c.get("name")).matches("\\p{IsHan}{2,4}");
            assertThat(c.get("investor_type")).isIn("ORDINARY", "PROFESSIONAL");
            assertThat(c.get("status")).isIn("ACTIVE", "DORMANT", "CLOSED", "TRANSFERRED_OUT");
            if (!c.get("risk_level").isEmpty()) {
                assertThat(c.get("risk_level")).matches("C[1-5]");
                assertThat(c.get("risk_assessed_on")).isNotEmpty();
            }
        }
        long ordinary = customers.values().stream()
                .filter(c -> c.get("investor_type").equals("ORDINARY"))
                .count();
        assertThat(ordinary).isGreaterThan(GeneratedBrokerage.CUSTOMERS * 9 / 10);
        long newClients = customers.values().stream()
                .filter(c -> LocalDate.parse(c.get("open_date")).isAfter(end.minusYears(1)))
                .count();
        assertThat(newClients).isBetween(10L, (long) GeneratedBrokerage.CUSTOMERS / 3);
    }

    @Test
    void securitiesCoverEveryBoardWithRealPrefixesAndRatings() {
        List<Map<String, String>> rows = g.rows("securities.csv");
        Set<String> boards = new HashSet<>();
        for (Map<String, String> s : rows) {
            String code = s.get("security_code");
            String board = s.get("board");
            boolean st = s.get("is_st").equals("true");
            boards.add(board + ":" + s.get("type"));
            switch (board) {
                case "MAIN" ->
                    assertThat(code).matches(s.get("exchange").equals("SH") ? "60[0135]\\d{3}" : "00[0-3]\\d{3}");
                case "STAR" -> assertThat(code).startsWith("688");
                case "CHINEXT" -> assertThat(code).matches("30[01]\\d{3}");
                case "BSE" -> assertThat(code).matches("(43|83|87)\\d{4}|920\\d{3}");
                default -> {}
            }
            if (s.get("type").equals("ETF")) {
                assertThat(code).matches(s.get("exchange").equals("SH") ? "51\\d{4}" : "159\\d{3}");
                assertThat(s.get("risk_rating")).isIn("R2", "R3");
            }
            if (s.get("type").equals("STOCK")) {
                String expected = board.equals("MAIN") && !st ? "R3" : "R4";
                assertThat(s.get("risk_rating")).as(s.toString()).isEqualTo(expected);
            }
            assertThat(s.get("name").startsWith("ST") || s.get("name").startsWith("*ST"))
                    .isEqualTo(st);
            assertThat(s.get("exchange").equals("BJ")).isEqualTo(board.equals("BSE"));
        }
        assertThat(boards)
                .contains(
                        "MAIN:STOCK",
                        "STAR:STOCK",
                        "CHINEXT:STOCK",
                        "BSE:STOCK",
                        "NA:ETF",
                        "NA:FUND",
                        "NA:BOND",
                        "NA:WMP");
        assertThat(rows).anyMatch(s -> s.get("is_st").equals("true"));
    }

    @Test
    void everyFactReferencesKnownClientsSecuritiesAndStaff() {
        for (String file : List.of(
                "trades.csv",
                "fund_flows.csv",
                "daily_assets.csv",
                "positions.csv",
                "contacts.csv",
                "churn_events.csv",
                "truth.csv")) {
            for (Map<String, String> row : g.rows(file)) {
                assertThat(customers).as(file).containsKey(row.get("customer_id"));
            }
        }
        for (String file : List.of("trades.csv", "positions.csv", "prices.csv")) {
            for (Map<String, String> row : g.rows(file)) {
                assertThat(securities).as(file).contains(Ledgers.key(row));
            }
        }
        for (Map<String, String> c : g.rows("contacts.csv")) {
            if (!c.get("staff_id").isEmpty()) {
                assertThat(staff).containsKey(c.get("staff_id"));
            }
            assertThat(c.get("occurred_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
            assertThat(c.get("channel")).isIn("CALL_IN", "CALL_OUT", "EMAIL", "SMS", "WEB", "VISIT", "WECHAT");
        }
        Set<String> regions =
                branches.values().stream().map(b -> b.get("region")).collect(Collectors.toSet());
        for (Map<String, String> m : g.rows("market_volume.csv")) {
            assertThat(regions).contains(m.get("region"));
            assertThat(m.get("month")).matches("\\d{4}-\\d\\d");
        }
    }

    @Test
    void everySecurityHasACloseOnEveryTradingDay() {
        Ledgers l = Ledgers.get();
        int days = l.closes.values().iterator().next().size();
        assertThat(days).isBetween(240, 250);
        assertThat(l.closes).hasSize(securities.size());
        l.closes.values().forEach(series -> assertThat(series).hasSize(days));
    }
}
