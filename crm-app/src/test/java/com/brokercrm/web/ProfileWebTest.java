package com.brokercrm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.brokercrm.ingest.ImportService;
import com.brokercrm.security.Role;
import com.brokercrm.security.UserAccounts;
import com.brokercrm.store.TestStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Profiles in the pages and the API for every role: the 360 view's profile cards, the dashboard, the
 * client list's profile filters and the profile endpoints each show only the caller's clients; a client
 * outside the scope is a 404 that is audited. Labels and drivers in Chinese and English, unknown tags and
 * driver keys under their raw code.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProfileWebTest {

    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        dataDir = TestStore.newFolder("brokercrm-profile-web");
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

    long audited(String username, String action, String target, String detail, String outcome) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM audit_log WHERE username = :u AND action = :a
                        AND (target_id = :t OR (:t IS NULL AND target_id IS NULL)) AND detail LIKE :d AND outcome = :o
                        """)
                .param("u", username)
                .param("a", action)
                .param("t", target)
                .param("d", detail)
                .param("o", outcome)
                .query(Long.class)
                .single();
    }

    String page(MockHttpSession session, String path, String... params) throws Exception {
        var request = get(path).session(session);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    MvcResult api(Role role, String path, String... params) throws Exception {
        var request = get(path).with(httpBasic(WebTestBrokerage.username(role), WebTestBrokerage.PASSWORD));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    static Set<String> scoredVisibleTo(Role role) {
        Set<String> out = new TreeSet<>(WebTestBrokerage.visibleTo(role));
        out.retainAll(WebTestBrokerage.SCORED);
        return out;
    }

    static Set<String> ids(String json) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\"customerId\":\"(C\\d+)\"").matcher(json);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleSeesProfilesOfItsScopeOnlyAndOutOfScopeIsA404ThatIsAudited(Role role) throws Exception {
        MockHttpSession session = WebTestBrokerage.login(mvc, role);
        String user = WebTestBrokerage.username(role);
        Set<String> visible = WebTestBrokerage.visibleTo(role);
        Set<String> scored = scoredVisibleTo(role);
        for (String client : List.of("C001", "C002", "C003", "C004", "C999")) {
            boolean sees = visible.contains(client);
            MvcResult view =
                    mvc.perform(get("/clients/" + client).session(session)).andReturn();
            assertThat(view.getResponse().getStatus())
                    .as(role + " 360 " + client)
                    .isEqualTo(sees ? 200 : 404);
            if (sees) {
                String html = view.getResponse().getContentAsString();
                boolean hasProfile = WebTestBrokerage.SCORED.contains(client);
                assertThat(html.contains("id=\"section-history\""))
                        .as(role + " cards " + client)
                        .isEqualTo(hasProfile);
                assertThat(html.contains("尚未评分")).isEqualTo(!hasProfile);
            }
            long before = audited(user, "CLIENT_VIEW", client, "api profile", "OK");
            MvcResult profile = api(role, "/api/v1/clients/" + client + "/profile");
            assertThat(profile.getResponse().getStatus())
                    .as(role + " api profile " + client)
                    .isEqualTo(sees ? 200 : 404);
            String body = profile.getResponse().getContentAsString();
            if (sees) {
                assertThat(body).contains("\"customerId\":\"" + client + "\"");
                assertThat(body.contains("\"latest\":null")).isEqualTo(!WebTestBrokerage.SCORED.contains(client));
            } else {
                assertThat(profile.getResponse().getContentType()).startsWith("application/problem+json");
                assertThat(body).doesNotContain("tier", "GOLD", "DIAMOND", "张三", "王五");
                String outcome = client.equals("C999") ? "NOT_FOUND" : "DENIED";
                assertThat(audited(user, "CLIENT_VIEW", client, "api profile", outcome))
                        .as(role + " audited " + client)
                        .isGreaterThanOrEqualTo(1);
            }
            if (sees) {
                assertThat(audited(user, "CLIENT_VIEW", client, "api profile", "OK"))
                        .isGreaterThan(before);
            }
        }

        // the list API and the dashboard API count the scope's scored clients only
        String list = api(role, "/api/v1/profiles", "size", "50").getResponse().getContentAsString();
        assertThat(ids(list)).as(role + " profile list").isEqualTo(scored);
        assertThat(list).contains("\"total\":" + scored.size());
        assertThat(audited(user, "CLIENT_SEARCH", null, "api profiles:%", "OK")).isGreaterThanOrEqualTo(1);
        String summary = api(role, "/api/v1/profiles/summary").getResponse().getContentAsString();
        assertThat(summary)
                .as(role + " summary")
                .startsWith("{\"asOf\":\"2025-01-03\",\"clients\":" + scored.size() + ",");

        // the dashboard page
        String dashboard = page(session, "/profiles");
        assertThat(dashboard).contains("共有 " + scored.size() + " 位已评分客户");
        assertThat(dashboard.contains("上海浦东营业部 (B01)"))
                .as(role + " dashboard B01")
                .isEqualTo(scored.contains("C001"));
        assertThat(dashboard.contains("北京朝阳营业部 (B02)"))
                .as(role + " dashboard B02")
                .isEqualTo(scored.contains("C002") || scored.contains("C003"));

        // the client list filtered by profile
        String cash = page(session, "/clients", "need", "CASH_MANAGEMENT");
        for (String client : WebTestBrokerage.CLIENTS) {
            boolean expected = visible.contains(client) && (client.equals("C001") || client.equals("C003"));
            assertThat(cash.contains("/clients/" + client + "\""))
                    .as(role + " cash list " + client)
                    .isEqualTo(expected);
        }
        String cashApi = api(role, "/api/v1/clients", "need", "CASH_MANAGEMENT", "riskClass", "RISK_SEEKING")
                .getResponse()
                .getContentAsString();
        assertThat(ids(cashApi)).isEqualTo(visible.contains("C001") ? Set.of("C001") : Set.of());
    }

    @Test
    void the360ViewShowsTheProfileInWordsInChineseAndEnglish() throws Exception {
        MockHttpSession session = WebTestBrokerage.login(mvc, Role.ACCOUNT_MANAGER);
        String zh = page(session, "/clients/C001", "lang", "zh-CN");
        assertThat(zh)
                .contains("截至 2025-01-03")
                .contains(">金<") // the tier
                .containsPattern("id=\"profile-value\"[^>]*>12,00[01]<") // the value, to the yuan
                .contains("价值高于 85% 的客户")
                .contains("近一年净佣金 9,600 元")
                .contains("72.5 / 100", "风险偏好型")
                .contains("与问卷等级不一致，建议复核适当性")
                .contains("高频交易", "近半年换手率 48.2 倍", "偏好科创板", "科创板交易占比 62%")
                .contains("现金管理", "现金占比 62%", "闲置现金约 45,000 元", "可开通融资融券")
                // a tag and a driver key the messages do not know: their raw code
                .contains(">NIGHT_OWL<", "unknownHabit: 3", "notInMessages: 1, x")
                // an array value is the message's arguments in order; a driver without its value is left out
                .contains("行为推断等级 C5，问卷等级 C4", "高风险板块（科创板、创业板、北交所、ST）交易占比 62%")
                .doesNotContain("近一年账户收益率")
                .contains("id=\"profile-data\"", "\"dates\":[\"2024-08-30\"");
        String en = page(session, "/clients/C001", "lang", "en");
        assertThat(en)
                .contains("as of 2025-01-03", ">Gold<", "Worth more than 85% of clients")
                .contains("Risk seeking", "Differs from the questionnaire level: review suitability")
                .contains("High-frequency trader", "Cash is 62% of assets", "Idle cash about CNY 45,000")
                .doesNotContain("现金占比", "高频交易");
        // C003: implied below the questionnaire level is also to review; C002 has no questionnaire level to
        // compare with, which the card says rather than calling it consistent
        assertThat(page(session, "/clients/C003"))
                .contains("钻石", "风险厌恶型", "id=\"profile-level-review\"")
                // the class is not the style the trading alone points to: a notice says which, and how surely
                .containsPattern("id=\"profile-style-notice\"[^>]*>单看交易行为，最像风险保守型的做法（可能性 74%）；" + "问卷等级与年龄把综合判断改成了另一类")
                // the odds first, then six reasons by weight; the last of nine (the implied level) folded away
                .containsPattern("(?s)三类风险偏好的可能性.*问卷风险等级 C5.*平均持有 64 个交易日.*"
                        + "id=\"profile-risk-more\".*其余 3 条依据.*最大回撤 5%.*行为推断等级 C3，问卷等级 C5");
        assertThat(page(session, "/clients/C003", "lang", "en"))
                .contains("Trading alone looks most like the conservative style (74% from behaviour alone)");
        MockHttpSession admin = WebTestBrokerage.login(mvc, Role.HQ_ADMIN);
        String c002 = page(admin, "/clients/C002");
        assertThat(c002).contains("没有问卷测评等级可供对照", "未发现明显的交易习惯。");
        assertThat(c002).doesNotContain("id=\"profile-level-review\"", "无需复核适当性");
    }

    @Test
    void theDashboardAndListSpeakBothLanguagesAndTheNavigationLinksTheDashboard() throws Exception {
        MockHttpSession session = WebTestBrokerage.login(mvc, Role.HQ_ANALYST);
        String zh = page(session, "/profiles", "lang", "zh-CN");
        assertThat(zh)
                .contains("客户等级金字塔", "风险类型分布", "风险等级不一致（按营业部）", "id=\"nav-profiles\"")
                .contains("截至 2025-01-03，您的数据范围内共有 3 位已评分客户，其中 2 位风险等级需复核。")
                .contains("data-chart=\"{&quot;tiers&quot;");
        String en = page(session, "/profiles", "lang", "en");
        assertThat(en)
                .contains("Tier pyramid", "Risk class mix", "Risk level mismatches by branch")
                .doesNotContain("金字塔");
        String earlier = page(session, "/profiles", "asOf", "2025-01-01", "lang", "zh-CN");
        assertThat(earlier).contains("截至 2024-12-31，您的数据范围内共有 2 位已评分客户");
        String list = page(session, "/clients", "tier", "DIAMOND", "lang", "zh-CN");
        assertThat(list).contains("共 1 位客户", "/clients/C003\"", "风险厌恶型");
        String unfiltered = page(session, "/clients");
        assertThat(unfiltered).contains(">金<", ">钻石<").contains("风险偏好型");
    }

    @Test
    void apiErrorsAreProblemDetailsAndTheApiIsDescribed() throws Exception {
        MvcResult bad = api(Role.HQ_ADMIN, "/api/v1/profiles", "tier", "GOLDEN");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(bad.getResponse().getContentAsString()).contains("unknown tier");
        MvcResult badNeed = api(Role.HQ_ADMIN, "/api/v1/profiles", "need", "' OR 1=1 --");
        assertThat(badNeed.getResponse().getStatus()).isEqualTo(400);
        MvcResult badDate = api(Role.HQ_ADMIN, "/api/v1/profiles/summary", "asOf", "yesterday");
        assertThat(badDate.getResponse().getStatus()).isEqualTo(400);
        assertThat(badDate.getResponse().getContentType()).startsWith("application/problem+json");
        MvcResult anonymous = mvc.perform(get("/api/v1/profiles")).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);

        String list = api(Role.HQ_ADMIN, "/api/v1/profiles", "tier", "gold", "size", "5")
                .getResponse()
                .getContentAsString();
        assertThat(ids(list)).containsExactly("C001");
        assertThat(list).contains("\"habits\":[\"HIGH_FREQUENCY\",\"STAR_PREFERENCE\",\"NIGHT_OWL\"]");
        String profile =
                api(Role.HQ_ADMIN, "/api/v1/clients/C001/profile").getResponse().getContentAsString();
        assertThat(profile)
                .contains("\"tier\":\"GOLD\"", "\"key\":\"impliedLevel\"", "\"arguments\":[\"C5\",\"C4\"]")
                .contains("\"history\":[{\"asOf\":\"2024-08-30\"");
        String docs = api(Role.HQ_ANALYST, "/v3/api-docs").getResponse().getContentAsString();
        assertThat(docs).contains("/api/v1/clients/{id}/profile", "/api/v1/profiles", "/api/v1/profiles/summary");
    }
}
