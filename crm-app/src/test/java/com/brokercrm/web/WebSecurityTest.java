package com.brokercrm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.brokercrm.ingest.ImportService;
import com.brokercrm.security.Role;
import com.brokercrm.security.UserAccounts;
import com.brokercrm.store.TestStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Login, data scope for every role through the pages and the API, audit, CSRF, escaping and hostile search
 * text, on a real application over DuckDB with real authentication (form login and HTTP Basic).
 */
@SpringBootTest(properties = {"brokercrm.login.max-failures-per-user=3"})
@AutoConfigureMockMvc
class WebSecurityTest {

    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        dataDir = TestStore.newFolder("brokercrm-web");
        registry.add("brokercrm.data-dir", dataDir::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void load(@Autowired ImportService imports, @Autowired UserAccounts users) throws Exception {
        WebTestBrokerage.load(dataDir, imports, users, jdbc);
    }

    MockHttpSession login(Role role) throws Exception {
        MvcResult result = mvc.perform(post("/login")
                        .param("username", WebTestBrokerage.username(role))
                        .param("password", WebTestBrokerage.PASSWORD)
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/clients");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    long audited(String username, String action, String target, String outcome) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM audit_log WHERE username = :u AND action = :a
                        AND (target_id = :t OR (:t IS NULL AND target_id IS NULL)) AND outcome = :o
                        """)
                .param("u", username)
                .param("a", action)
                .param("t", target)
                .param("o", outcome)
                .query(Long.class)
                .single();
    }

    @Test
    void pagesNeedALogin() throws Exception {
        MvcResult page = mvc.perform(get("/clients/C001")).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(302);
        assertThat(page.getResponse().getRedirectedUrl()).endsWith("/login");
        MvcResult api = mvc.perform(get("/api/v1/clients/C001")).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(401);
        assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(api.getResponse().getContentAsString()).doesNotContain("张三");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleSeesItsScopeInPagesAndApiAndOutOfScopeIsA404ThatIsAudited(Role role) throws Exception {
        MockHttpSession session = login(role);
        String user = WebTestBrokerage.username(role);
        for (String client : List.of("C001", "C002", "C003", "C004", "C999")) {
            boolean visible = WebTestBrokerage.visibleTo(role).contains(client);
            long deniedBefore = audited(user, "CLIENT_VIEW", client, visible ? "OK" : "DENIED")
                    + audited(user, "CLIENT_VIEW", client, "NOT_FOUND");
            int expected = visible ? 200 : 404;
            MvcResult page =
                    mvc.perform(get("/clients/" + client).session(session)).andReturn();
            assertThat(page.getResponse().getStatus())
                    .as(role + " page " + client)
                    .isEqualTo(expected);
            MvcResult trades = mvc.perform(get("/clients/" + client + "/trades").session(session))
                    .andReturn();
            assertThat(trades.getResponse().getStatus())
                    .as(role + " trades " + client)
                    .isEqualTo(expected);
            for (String path : List.of("", "/trades", "/flows", "/assets", "/positions", "/contacts")) {
                MvcResult api = mvc.perform(get("/api/v1/clients/" + client + path)
                                .with(httpBasic(user, WebTestBrokerage.PASSWORD)))
                        .andReturn();
                assertThat(api.getResponse().getStatus())
                        .as(role + " api " + client + path)
                        .isEqualTo(expected);
                if (!visible) {
                    assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");
                    assertThat(api.getResponse().getContentAsString()).doesNotContain("张三", "李四", "王五", "<script>");
                }
            }
            if (!visible) {
                assertThat(page.getResponse().getContentAsString()).doesNotContain("张三", "李四", "王五");
                String outcome = client.equals("C999") ? "NOT_FOUND" : "DENIED";
                // one entry for the page, one for its trades section, six for the API calls
                assertThat(audited(user, "CLIENT_VIEW", client, outcome) + (client.equals("C999") ? 0 : 0))
                        .as(role + " audited " + client)
                        .isGreaterThanOrEqualTo(deniedBefore + 8);
            } else {
                assertThat(audited(user, "CLIENT_VIEW", client, "OK")).isGreaterThanOrEqualTo(deniedBefore + 8);
            }
        }
        String list = mvc.perform(get("/clients").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String client : WebTestBrokerage.CLIENTS) {
            assertThat(list.contains("/clients/" + client + "\""))
                    .as(role + " list shows " + client)
                    .isEqualTo(WebTestBrokerage.visibleTo(role).contains(client));
        }
        String api = mvc.perform(
                        get("/api/v1/clients").param("size", "50").with(httpBasic(user, WebTestBrokerage.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(api).contains("\"total\":" + WebTestBrokerage.visibleTo(role).size());
    }

    @Test
    void scriptInAClientNameIsShownAsText() throws Exception {
        MockHttpSession session = login(Role.HQ_ADMIN);
        String view = mvc.perform(get("/clients/C004").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(view).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        String list = mvc.perform(get("/clients").param("q", "script").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void injectionTextFindsNothingAndErrorsNowhere() throws Exception {
        MockHttpSession session = login(Role.HQ_ADMIN);
        MvcResult page = mvc.perform(get("/clients").param("q", "' OR 1=1 --").session(session))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains("共 0 位客户");
        MvcResult api = mvc.perform(get("/api/v1/clients")
                        .param("q", "' OR 1=1 --")
                        .param("sort", "name; DROP TABLE customer")
                        .with(httpBasic("hq_admin", WebTestBrokerage.PASSWORD)))
                .andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.getResponse().getContentAsString()).contains("\"total\":0");
        MvcResult id = mvc.perform(
                        get("/api/v1/clients/' OR '1'='1").with(httpBasic("hq_admin", WebTestBrokerage.PASSWORD)))
                .andReturn();
        assertThat(id.getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single())
                .isEqualTo(4);
    }

    @Test
    void stateChangingFormsNeedTheCsrfToken() throws Exception {
        MockHttpSession session = login(Role.HQ_ADMIN);
        MvcResult without = mvc.perform(post("/admin/users")
                        .session(session)
                        .param("username", "mallory")
                        .param("role", "HQ_ADMIN"))
                .andReturn();
        assertThat(without.getResponse().getStatus()).isEqualTo(403);
        MvcResult logoutWithout = mvc.perform(post("/logout").session(session)).andReturn();
        assertThat(logoutWithout.getResponse().getStatus()).isEqualTo(403);
        MvcResult loginWithout = mvc.perform(
                        post("/login").param("username", "hq_admin").param("password", WebTestBrokerage.PASSWORD))
                .andReturn();
        assertThat(loginWithout.getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'mallory'")
                        .query(Long.class)
                        .single())
                .isZero();

        MvcResult with = mvc.perform(post("/admin/users")
                        .session(session)
                        .with(csrf())
                        .param("username", "wang.analyst")
                        .param("displayName", "王分析")
                        .param("role", "HQ_ANALYST"))
                .andReturn();
        assertThat(with.getResponse().getStatus()).isEqualTo(302);
        assertThat(with.getFlashMap().get("password")).asString().hasSize(14);
        assertThat(audited("hq_admin", "USER_CHANGE", "wang.analyst", "OK")).isEqualTo(1);

        String admin = mvc.perform(get("/admin/users").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(admin).contains("wang.analyst", "王分析", "account_manager", "S01");
        MvcResult refused = mvc.perform(post("/admin/users")
                        .session(session)
                        .with(csrf())
                        .param("username", "no.staff")
                        .param("role", "BROKER"))
                .andReturn();
        assertThat(refused.getFlashMap().get("error")).isEqualTo("users.error.staffNeeded");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'no.staff'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyAdministratorsManageUsersAndOnlyComplianceAndAdministratorsReadTheAuditLog() throws Exception {
        MockHttpSession manager = login(Role.ACCOUNT_MANAGER);
        assertThat(mvc.perform(get("/admin/users").session(manager))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/compliance/audit").session(manager))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        MockHttpSession compliance = login(Role.COMPLIANCE);
        mvc.perform(get("/clients/C003").session(login(Role.BROKER))).andReturn();
        String audit = mvc.perform(get("/compliance/audit")
                        .param("user", "broker")
                        .param("outcome", "DENIED")
                        .param("lang", "en")
                        .session(compliance))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(audit).contains("C003").contains("Denied (out of scope)");
        MvcResult csv = mvc.perform(
                        get("/compliance/audit.csv").param("user", "broker").session(compliance))
                .andReturn();
        assertThat(csv.getResponse().getContentAsString())
                .startsWith("audit_id,at_utc,username")
                .contains(",broker,BROKER,CLIENT_VIEW,customer,C003,360,")
                .contains(",DENIED");
        assertThat(audited("compliance", "EXPORT", null, "OK")).isEqualTo(1);
    }

    @Test
    void failedLoginsAreAuditedAndThrottled() throws Exception {
        for (int i = 0; i < 3; i++) {
            MvcResult failed = mvc.perform(post("/login")
                            .param("username", "call_agent")
                            .param("password", "guess-" + i)
                            .with(csrf()))
                    .andReturn();
            assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        // now even the right password is refused for a while
        MvcResult locked = mvc.perform(post("/login")
                        .param("username", "call_agent")
                        .param("password", WebTestBrokerage.PASSWORD)
                        .with(csrf()))
                .andReturn();
        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        MockHttpSession session = (MockHttpSession) locked.getRequest().getSession(false);
        String page = mvc.perform(get("/login").param("error", "").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("登录失败次数过多");
        assertThat(mvc.perform(get("/api/v1/clients").with(httpBasic("call_agent", WebTestBrokerage.PASSWORD)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(audited("call_agent", "LOGIN_FAILED", null, "FAILED")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void loginsAndLogoutsAreAudited() throws Exception {
        MockHttpSession session = login(Role.HQ_ANALYST);
        assertThat(audited("hq_analyst", "LOGIN", null, "OK")).isGreaterThanOrEqualTo(1);
        MvcResult out =
                mvc.perform(post("/logout").session(session).with(csrf())).andReturn();
        assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
        assertThat(audited("hq_analyst", "LOGOUT", null, "OK")).isEqualTo(1);
    }

    @Test
    void noClientDataLeavesWhenTheAuditLogCannotBeWritten() throws Exception {
        MockHttpSession session = login(Role.HQ_ADMIN);
        jdbc.sql("ALTER TABLE audit_log RENAME TO audit_log_away").update();
        try {
            // the page request fails (MockMvc hands the exception back instead of rendering the error page)
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                            mvc.perform(get("/clients/C001").session(session)).andReturn())
                    .hasMessageContaining("audit_log");
            MvcResult api = mvc.perform(
                            get("/api/v1/clients/C001/trades").with(httpBasic("hq_admin", WebTestBrokerage.PASSWORD)))
                    .andReturn();
            assertThat(api.getResponse().getStatus()).isEqualTo(500);
            assertThat(api.getResponse().getContentAsString()).doesNotContain("T1", "600000");
        } finally {
            jdbc.sql("ALTER TABLE audit_log_away RENAME TO audit_log").update();
        }
    }

    @Test
    void searchesAreAuditedWithTheirCriteria() throws Exception {
        MockHttpSession session = login(Role.ADVISOR);
        mvc.perform(get("/clients").param("q", "张").param("status", "ACTIVE").session(session));
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM audit_log WHERE username = 'advisor' AND action = 'CLIENT_SEARCH'
                        AND detail LIKE '%q=张%status=ACTIVE%'
                        """).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void switchesToEnglish() throws Exception {
        MockHttpSession session = login(Role.HQ_ADMIN);
        String page = mvc.perform(get("/clients/C001").param("lang", "en").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Assets over time")
                .contains("Account manager")
                .doesNotContain("资产走势");
        String zh = mvc.perform(get("/clients/C001").param("lang", "zh-CN").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(zh).contains("资产走势");
    }

    @Test
    void theClientHeaderShowsTheIdExpiryWithAWarning() throws Exception {
        MockHttpSession session = login(Role.HQ_ADMIN);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        jdbc.sql("UPDATE customer SET id_expires_on = :d WHERE customer_id = 'C001'")
                .param("d", today.minusDays(1))
                .update();
        String expired = mvc.perform(get("/clients/C001").param("lang", "en").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(expired)
                .contains("(valid until " + today.minusDays(1) + ")")
                .contains("ID expired: trading restricted");
        jdbc.sql("UPDATE customer SET id_expires_on = :d WHERE customer_id = 'C001'")
                .param("d", today.plusDays(10))
                .update();
        String soon = mvc.perform(get("/clients/C001").param("lang", "zh-CN").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(soon).contains("有效期至 " + today.plusDays(10)).contains("证件即将到期");
    }

    @Test
    void apiIsDescribedByOpenApi() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs").with(httpBasic("hq_analyst", WebTestBrokerage.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(docs).contains("/api/v1/clients/{id}/trades", "/api/v1/clients/{id}/positions");
    }
}
