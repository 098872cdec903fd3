package com.brokercrm.profiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.brokercrm.customer.ClientDirectory;
import com.brokercrm.customer.ClientSearch;
import com.brokercrm.customer.ClientSummary;
import com.brokercrm.ingest.ImportListener;
import com.brokercrm.ingest.ImportService;
import com.brokercrm.ingest.SampleBrokerageAccess;
import com.brokercrm.profiling.ClientProfile.Driver;
import com.brokercrm.profiling.ProfileStore.BranchLine;
import com.brokercrm.profiling.ProfileStore.ProfileRow;
import com.brokercrm.profiling.ProfileStore.Summary;
import com.brokercrm.security.DataScope;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The profile read side on each engine (one subclass per engine), over the sample brokerage with profile
 * rows written directly ({@link ProfileRows#sample}): a client's latest profile and history, the portfolio
 * list and dashboard aggregates within each data scope, and the client search's profile filters.
 */
abstract class ProfileStoreContractTest {

    static final DataScope BRANCH_B02 = new DataScope.Branch("B02");
    static final DataScope OWN_S01 = new DataScope.OwnClients("S01");
    static final DataScope OWN_S02 = new DataScope.OwnClients("S02");

    @TempDir
    Path temp;

    HikariDataSource store;
    JdbcClient jdbc;
    ProfileStore profiles;
    ClientDirectory directory;

    abstract HikariDataSource createStore(Path temp);

    @BeforeEach
    void load() throws Exception {
        store = createStore(temp);
        Path input = temp.resolve("input");
        SampleBrokerageAccess.writeClean(input);
        new ImportService(store).importFolder(input, StandardCharsets.UTF_8, ImportListener.NONE);
        jdbc = JdbcClient.create(store);
        profiles = new ProfileStore(jdbc);
        directory = new ClientDirectory(jdbc);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void nothingScoredYetReadsAsNoProfile() {
        assertThat(profiles.latestAsOf()).isEmpty();
        assertThat(profiles.latest("C001")).isEmpty();
        assertThat(profiles.history("C001")).isEmpty();
        Summary summary = profiles.summary(DataScope.ALL, null);
        assertThat(summary.asOf()).isNull();
        assertThat(summary.clients()).isZero();
        assertThat(summary.tiers())
                .containsOnlyKeys(ClientProfile.TIERS)
                .allSatisfy((k, v) -> assertThat(v).isZero());
        assertThat(profiles.list(DataScope.ALL, filter(null, null, null)).total())
                .isZero();
        assertThat(ids(DataScope.ALL, search("GOLD", null, null))).isEmpty();
    }

    @Test
    void readsAClientsLatestProfileWithItsDriversAndItsHistory() {
        ProfileRows.sample(jdbc);
        ClientProfile p = profiles.latest("C001").orElseThrow();
        assertThat(p.asOf()).isEqualTo(ProfileRows.LATEST);
        assertThat(p.tier()).isEqualTo("GOLD");
        assertThat(p.clientValue()).isEqualByComparingTo("12000.50");
        assertThat(p.costToServe()).isEqualByComparingTo("1200.05");
        assertThat(p.contribution()).isEqualByComparingTo("13200.55");
        assertThat(p.netCommission().add(p.marginInterest()).add(p.cashSpread()).add(p.productFees()))
                .isEqualByComparingTo(p.contribution());
        assertThat(p.valuePercentile()).isEqualTo(85.0);
        assertThat(p.potentialValue()).isEqualByComparingTo("30000");
        assertThat(p.riskScore()).isEqualTo(72.5);
        assertThat(p.riskClass()).isEqualTo("RISK_SEEKING");
        assertThat(p.impliedLevel()).isEqualTo("C5");
        assertThat(p.questionnaireLevel()).isEqualTo("C4");
        assertThat(p.levelReview()).isTrue();
        assertThat(p.habits()).containsExactly("HIGH_FREQUENCY", "STAR_PREFERENCE", "NIGHT_OWL");
        assertThat(p.needs()).containsExactly("CASH_MANAGEMENT", "MARGIN_ELIGIBLE");
        assertThat(p.drivers().value())
                .containsExactly(
                        new Driver("netCommission", List.of(new BigDecimal("9600.4"))),
                        new Driver("avgAssets", List.of(1250000)));
        assertThat(p.drivers().risk()).extracting(Driver::key).contains("notInMessages", "impliedLevel");
        assertThat(p.drivers().needs().get("CASH_MANAGEMENT"))
                .containsExactly(
                        new Driver("cashShare", List.of(new BigDecimal("0.62"))),
                        new Driver("idleCashAmount", List.of(45000)));
        assertThat(p.drivers().habits()).containsOnlyKeys("HIGH_FREQUENCY", "STAR_PREFERENCE", "NIGHT_OWL");

        assertThat(profiles.history("C001"))
                .extracting(ClientProfile.Point::asOf, ClientProfile.Point::tier)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ProfileRows.EARLIER, "SILVER"),
                        org.assertj.core.groups.Tuple.tuple(ProfileRows.LATEST, "GOLD"));
        assertThat(profiles.history("C001").get(0).clientValue()).isEqualByComparingTo("3000");
        // a client without drivers or tags reads as empty lists, a missing client as no profile
        ClientProfile c002 = profiles.latest("C002").orElseThrow();
        assertThat(c002.habits()).isEmpty();
        assertThat(c002.questionnaireLevel()).isNull();
        assertThat(c002.potentialValue()).isNull();
        assertThat(c002.drivers()).isEqualTo(ClientProfile.Drivers.NONE);
        assertThat(profiles.latest("C999")).isEmpty();
    }

    @Test
    void unreadableOrUnexpectedDriversNeverBreakTheRead() {
        ProfileRows.of("C001", ProfileRows.LATEST)
                .value("GOLD", "1.00", null, null)
                .drivers("{not json")
                .insert(jdbc);
        ProfileRows.of("C002", ProfileRows.LATEST)
                .value("GOLD", "1.00", null, null)
                .drivers("""
                        {"value": [{"key": "a", "value": {"share": 0.5, "days": 3}}, {"nokey": 1}, 7],
                         "risk": {"not": "a list"}, "habits": [], "needs": {"X": [{"key": "b"}]}}
                        """)
                .insert(jdbc);
        assertThat(profiles.latest("C001").orElseThrow().drivers()).isEqualTo(ClientProfile.Drivers.NONE);
        ClientProfile.Drivers odd = profiles.latest("C002").orElseThrow().drivers();
        assertThat(odd.value()).containsExactly(new Driver("a", List.of(new BigDecimal("0.5"), 3)));
        assertThat(odd.risk()).isEmpty();
        assertThat(odd.habits()).isEmpty();
        assertThat(odd.needs()).isEqualTo(Map.of("X", List.of(new Driver("b", List.of()))));
    }

    @Test
    void theDashboardCountsTheLatestDateWithinEachScope() {
        ProfileRows.sample(jdbc);
        Summary all = profiles.summary(DataScope.ALL, null);
        assertThat(all.asOf()).isEqualTo(ProfileRows.LATEST);
        assertThat(all.clients()).isEqualTo(3);
        assertThat(all.tiers())
                .containsExactly(
                        Map.entry("DIAMOND", 1L),
                        Map.entry("PLATINUM", 0L),
                        Map.entry("GOLD", 1L),
                        Map.entry("SILVER", 0L),
                        Map.entry("ORDINARY", 1L));
        assertThat(all.riskClasses())
                .containsExactly(
                        Map.entry("RISK_SEEKING", 1L), Map.entry("RISK_AVERSE", 1L), Map.entry("CONSERVATIVE", 1L));
        assertThat(all.needs())
                .containsEntry("CASH_MANAGEMENT", 2L)
                .containsEntry("MARGIN_ELIGIBLE", 1L)
                .containsEntry("ASSESSMENT_RENEWAL", 1L)
                .containsEntry("ADVISORY", 0L);
        assertThat(all.branches())
                .containsExactly(new BranchLine("B01", "上海浦东营业部", 1, 1, 1), new BranchLine("B02", "北京朝阳营业部", 2, 1, 0));
        assertThat(all.levelReview()).isEqualTo(2);

        Summary branch = profiles.summary(BRANCH_B02, null);
        assertThat(branch.clients()).isEqualTo(2);
        assertThat(branch.branches()).extracting(BranchLine::branchId).containsExactly("B02");
        assertThat(branch.tiers()).containsEntry("GOLD", 0L).containsEntry("DIAMOND", 1L);
        assertThat(branch.needs()).containsEntry("MARGIN_ELIGIBLE", 0L);

        Summary own = profiles.summary(OWN_S01, null);
        assertThat(own.clients()).isEqualTo(2); // C001 and C003
        assertThat(own.levelReview()).isEqualTo(2);
        assertThat(profiles.summary(OWN_S02, null).clients()).isEqualTo(1);
        assertThat(profiles.summary(DataScope.NONE, null).clients()).isZero();

        // an earlier date: the latest run on or before it
        Summary earlier = profiles.summary(DataScope.ALL, LocalDate.of(2025, 1, 2));
        assertThat(earlier.asOf()).isEqualTo(ProfileRows.EARLIER);
        assertThat(earlier.clients()).isEqualTo(2);
        assertThat(earlier.tiers()).containsEntry("SILVER", 1L).containsEntry("ORDINARY", 1L);
        assertThat(profiles.summary(DataScope.ALL, LocalDate.of(2020, 1, 1)).asOf())
                .isNull();
    }

    static ProfileFilter filter(String tier, String riskClass, String need) {
        return new ProfileFilter(null, tier, riskClass, need, null, null, "value", true, 0, 20);
    }

    List<String> listed(DataScope scope, ProfileFilter filter) {
        return profiles.list(scope, filter).items().stream()
                .map(ProfileRow::customerId)
                .toList();
    }

    @Test
    void listsProfilesByFilterSortAndPageWithinTheScope() {
        ProfileRows.sample(jdbc);
        assertThat(listed(DataScope.ALL, filter(null, null, null))).containsExactly("C003", "C001", "C002");
        assertThat(listed(DataScope.ALL, new ProfileFilter(null, null, null, null, null, null, "risk", false, 0, 20)))
                .containsExactly("C002", "C003", "C001");
        assertThat(listed(DataScope.ALL, filter("gold", null, null))).containsExactly("C001");
        assertThat(listed(DataScope.ALL, filter(null, "CONSERVATIVE", null))).containsExactly("C002");
        assertThat(listed(DataScope.ALL, filter(null, null, "cash_management"))).containsExactly("C003", "C001");
        assertThat(listed(DataScope.ALL, new ProfileFilter(null, null, null, null, null, true, "id", false, 0, 20)))
                .containsExactly("C001", "C003");
        assertThat(listed(DataScope.ALL, new ProfileFilter(null, null, null, null, "B02", null, "id", false, 0, 20)))
                .containsExactly("C002", "C003");
        // the scope always applies: a branch filter cannot widen it
        assertThat(listed(BRANCH_B02, filter(null, null, null))).containsExactly("C003", "C002");
        assertThat(listed(BRANCH_B02, new ProfileFilter(null, null, null, null, "B01", null, "id", false, 0, 20)))
                .isEmpty();
        assertThat(listed(OWN_S02, filter(null, null, "CASH_MANAGEMENT"))).containsExactly("C001");
        assertThat(listed(DataScope.NONE, filter(null, null, null))).isEmpty();

        var page =
                profiles.list(DataScope.ALL, new ProfileFilter(null, null, null, null, null, null, "id", false, 1, 2));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(ProfileRow::customerId).containsExactly("C003");
        ProfileRow c003 = page.items().get(0);
        assertThat(c003.name()).isEqualTo("王五");
        assertThat(c003.branchName()).isEqualTo("北京朝阳营业部");
        assertThat(c003.needs()).containsExactly("CASH_MANAGEMENT");
        assertThat(profiles.list(
                                DataScope.ALL, new ProfileFilter(null, null, null, null, null, null, "id", false, 9, 2))
                        .total())
                .isEqualTo(3);
        // an earlier date
        assertThat(listed(
                        DataScope.ALL,
                        new ProfileFilter(ProfileRows.EARLIER, null, null, null, null, null, "id", false, 0, 20)))
                .containsExactly("C001", "C002");
    }

    @Test
    void unknownTiersClassesAndMalformedTagsAreRefused() {
        assertThatThrownBy(() -> filter("GOLDEN", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> filter(null, "YOLO", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> filter(null, null, "CASH%")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> filter(null, null, "' OR 1=1 --")).isInstanceOf(IllegalArgumentException.class);
        // an unknown sort falls back to the value, never into the SQL
        assertThat(new ProfileFilter(null, null, null, null, null, null, "x; DROP TABLE customer", true, 0, 20).sort())
                .isEqualTo("value");
    }

    static ClientSearch search(String tier, String riskClass, String need) {
        return new ClientSearch(null, null, null, null, null, tier, riskClass, need, "id", false, 0, 20);
    }

    List<String> ids(DataScope scope, ClientSearch search) {
        return directory.search(scope, search).items().stream()
                .map(ClientSummary::customerId)
                .toList();
    }

    @Test
    void clientSearchFiltersByTheLatestTierRiskClassAndNeed() {
        ProfileRows.sample(jdbc);
        assertThat(ids(DataScope.ALL, search("GOLD", null, null))).containsExactly("C001");
        assertThat(ids(DataScope.ALL, search("SILVER", null, null))).isEmpty(); // C001's earlier tier
        assertThat(ids(DataScope.ALL, search(null, "risk_averse", null))).containsExactly("C003");
        assertThat(ids(DataScope.ALL, search(null, null, "CASH_MANAGEMENT"))).containsExactly("C001", "C003");
        assertThat(ids(DataScope.ALL, search("DIAMOND", "RISK_AVERSE", "CASH_MANAGEMENT")))
                .containsExactly("C003");
        assertThat(directory
                        .search(DataScope.ALL, search(null, null, "CASH_MANAGEMENT"))
                        .total())
                .isEqualTo(2);
        assertThat(ids(BRANCH_B02, search(null, null, "CASH_MANAGEMENT"))).containsExactly("C003");
        assertThat(ids(OWN_S02, search("DIAMOND", null, null))).isEmpty();
        // a tag is matched whole: LIKE wildcards in it are literal
        assertThat(ids(DataScope.ALL, search(null, null, "CASH_MANAGEMEN_"))).isEmpty();
        assertThat(ids(DataScope.ALL, search(null, null, "%"))).isEmpty();
        assertThat(ids(DataScope.ALL, search(null, null, "CASH"))).isEmpty();
        // profile filters combine with the text search, and without them no profile is read
        assertThat(ids(
                        DataScope.ALL,
                        new ClientSearch(
                                "王", null, null, null, null, null, null, "CASH_MANAGEMENT", "id", false, 0, 20)))
                .containsExactly("C003");
        assertThat(ids(DataScope.ALL, ClientSearch.firstPage())).containsExactly("C001", "C002", "C003");
        assertThat(search("GOLD", null, "CASH_MANAGEMENT").describe()).contains("tier=GOLD", "need=CASH_MANAGEMENT");
    }

    @Test
    void badgesOfAPageOfClients() {
        ProfileRows.sample(jdbc);
        assertThat(profiles.badges(ProfileRows.LATEST, List.of("C001", "C003", "C004")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "C001", new ProfileStore.Badge("GOLD", "RISK_SEEKING"),
                        "C003", new ProfileStore.Badge("DIAMOND", "RISK_AVERSE")));
        assertThat(profiles.badges(null, List.of("C001"))).isEmpty();
        assertThat(profiles.badges(ProfileRows.LATEST, List.of())).isEmpty();
    }
}
