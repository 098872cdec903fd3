package com.brokercrm.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.brokercrm.ingest.ImportService;
import com.brokercrm.security.Role;
import com.brokercrm.security.UserAccounts;
import com.brokercrm.store.TestStore;
import com.brokercrm.web.WebTestBrokerage;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Logging contacts from the 360 view's form and from the API, within the caller's scope. */
@SpringBootTest
@AutoConfigureMockMvc
class ContactLoggingTest {

    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        dataDir = TestStore.newFolder("brokercrm-contacts");
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
        return WebTestBrokerage.login(mvc, role);
    }

    long contacts(String customer, String topic) {
        return jdbc.sql("SELECT COUNT(*) FROM contact WHERE customer_id = :c AND topic = :t")
                .param("c", customer)
                .param("t", topic)
                .query(Long.class)
                .single();
    }

    @Test
    void anAccountManagerLogsAContactWithNeedsOnTheTimeline() throws Exception {
        MockHttpSession session = login(Role.ACCOUNT_MANAGER);
        MvcResult result = mvc.perform(post("/clients/C001/contacts")
                        .session(session)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("channel", "CALL_OUT")
                        .param("occurredAt", "2025-03-04T10:00")
                        .param("durationMinutes", "7")
                        .param("topic", "季度回访")
                        .param("outcome", "已沟通")
                        .param("needs", "CASH_MANAGEMENT", "ADVISORY")
                        .param("satisfaction", "4")
                        .param("note", "想了解现金管理产品"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("接触已记录", "季度回访", "现金管理", "投资咨询", "时长 7 分 0 秒");
        var row = jdbc.sql("""
                        SELECT staff_id, channel, occurred_at, duration_s, needs, source, satisfaction FROM contact
                        WHERE customer_id = 'C001' AND topic = '季度回访'
                        """)
                .query((rs, n) -> new Object[] {
                    rs.getString(1),
                    rs.getString(2),
                    rs.getObject(3, LocalDateTime.class),
                    rs.getInt(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getInt(7)
                })
                .single();
        assertThat(row[0]).isEqualTo("S01");
        assertThat(row[1]).isEqualTo("CALL_OUT");
        assertThat(row[2]).isEqualTo(LocalDateTime.of(2025, 3, 4, 2, 0)); // stored in UTC
        assertThat(row[3]).isEqualTo(420);
        assertThat(row[4]).isEqualTo("ADVISORY,CASH_MANAGEMENT");
        assertThat(row[5]).isEqualTo("APP");
        assertThat(row[6]).isEqualTo(4);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM audit_log WHERE username = 'account_manager' AND action = 'CLIENT_CHANGE'
                        AND target_id = 'C001' AND outcome = 'OK'
                        """).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void outOfScopeUnsafeOrInvalidContactsAreNotSaved() throws Exception {
        MockHttpSession session = login(Role.ACCOUNT_MANAGER);
        MvcResult outside = mvc.perform(post("/clients/C002/contacts")
                        .session(session)
                        .with(csrf())
                        .param("channel", "CALL_OUT")
                        .param("occurredAt", "2025-03-04T10:00")
                        .param("topic", "越权"))
                .andReturn();
        assertThat(outside.getResponse().getStatus()).isEqualTo(404);
        assertThat(contacts("C002", "越权")).isZero();

        MvcResult noToken = mvc.perform(post("/clients/C001/contacts")
                        .session(session)
                        .param("channel", "CALL_OUT")
                        .param("occurredAt", "2025-03-04T10:00")
                        .param("topic", "无令牌"))
                .andReturn();
        assertThat(noToken.getResponse().getStatus()).isEqualTo(403);
        assertThat(contacts("C001", "无令牌")).isZero();

        MvcResult invalid = mvc.perform(post("/clients/C001/contacts")
                        .session(session)
                        .with(csrf())
                        .param("channel", "VISIT")
                        .param("occurredAt", "2099-01-01T10:00")
                        .param("satisfaction", "9")
                        .param("topic", " "))
                .andReturn();
        assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
        assertThat(invalid.getResponse().getContentAsString()).contains("接触时间不能晚于现在", "满意度须为 1 到 5", "请填写主题");
    }

    @Test
    void integrationsLogContactsThroughTheApi() throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/clients/C001/contacts")
                        .with(httpBasic("broker", WebTestBrokerage.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"channel": "WECHAT", "occurredAt": "2025-05-06T09:30:00", "topic": "咨询两融",
                                 "needs": ["MARGIN_TRADING"], "satisfaction": 5}
                                """))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat(created.getResponse().getContentAsString()).contains("\"contactId\":\"A-");
        String listed = mvc.perform(
                        get("/api/v1/clients/C001/contacts").with(httpBasic("broker", WebTestBrokerage.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(listed).contains("咨询两融", "MARGIN_TRADING", "\"source\":\"APP\"");

        MvcResult invalid = mvc.perform(post("/api/v1/clients/C001/contacts")
                        .with(httpBasic("broker", WebTestBrokerage.PASSWORD))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"channel\": \"SMS\", \"occurredAt\": \"2025-05-06T09:30:00\", \"satisfaction\": 0}"))
                .andReturn();
        assertThat(invalid.getResponse().getStatus()).isEqualTo(400);
        assertThat(invalid.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(invalid.getResponse().getContentAsString())
                .contains("\"field\":\"topic\"", "\"field\":\"satisfaction\"");

        MvcResult badChannel = mvc.perform(post("/api/v1/clients/C001/contacts")
                        .with(httpBasic("broker", WebTestBrokerage.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\": \"PIGEON\", \"topic\": \"x\"}"))
                .andReturn();
        assertThat(badChannel.getResponse().getStatus()).isEqualTo(400);

        MvcResult outside = mvc.perform(post("/api/v1/clients/C003/contacts")
                        .with(httpBasic("broker", WebTestBrokerage.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\": \"SMS\", \"occurredAt\": \"2025-05-06T09:30:00\", \"topic\": \"越权\"}"))
                .andReturn();
        assertThat(outside.getResponse().getStatus()).isEqualTo(404);
        assertThat(contacts("C003", "越权")).isZero();
    }

    @Test
    void withoutAnSmtpServerEmailIsRefusedWithAClearMessageAndSmsGoesToTheLog() throws Exception {
        MvcResult email = mvc.perform(post("/api/v1/clients/C001/messages")
                        .with(httpBasic("broker", WebTestBrokerage.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\": \"EMAIL\", \"template\": \"FOLLOW_UP\"}"))
                .andReturn();
        assertThat(email.getResponse().getStatus()).isEqualTo(503);
        assertThat(email.getResponse().getContentAsString()).contains("no SMTP server is configured");
        MvcResult sms = mvc.perform(post("/api/v1/clients/C001/messages")
                        .with(httpBasic("broker", WebTestBrokerage.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\": \"SMS\", \"template\": \"FOLLOW_UP\"}"))
                .andReturn();
        assertThat(sms.getResponse().getStatus()).isEqualTo(202);
        String card = mvc.perform(get("/clients/C001/messages").session(login(Role.BROKER)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(card).contains("邮件发送未启用", "感谢您与我们的沟通");
    }
}
