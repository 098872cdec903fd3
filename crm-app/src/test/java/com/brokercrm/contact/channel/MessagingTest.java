package com.brokercrm.contact.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.brokercrm.contact.ContactChannel;
import com.brokercrm.ingest.ImportService;
import com.brokercrm.security.Role;
import com.brokercrm.security.UserAccounts;
import com.brokercrm.store.TestStore;
import com.brokercrm.web.WebTestBrokerage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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

/**
 * E-mail through a real SMTP server (GreenMail), SMS through a real HTTP gateway (the JDK's server), WeChat
 * to the log; the outbox's retries, consent, the client's language, scope, and the satisfaction survey from
 * the e-mail's link to the contact's satisfaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MessagingTest {

    static Path dataDir;
    static int smtpPort;
    static HttpServer gateway;
    static final List<String[]> gatewayRequests = new CopyOnWriteArrayList<>();
    static final AtomicInteger gatewayStatus = new AtomicInteger(200);

    GreenMail smtp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        dataDir = TestStore.newFolder("brokercrm-messages");
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/sms", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            gatewayRequests.add(new String[] {body, exchange.getRequestHeaders().getFirst("Authorization")});
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(gatewayStatus.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        gateway.start();
        registry.add("brokercrm.data-dir", dataDir::toString);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtpPort);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
        registry.add("brokercrm.channels.email.from", () -> "BrokerCRM <service@broker.example>");
        registry.add(
                "brokercrm.channels.sms.url",
                () -> "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
        registry.add("brokercrm.channels.sms.token", () -> "sms-secret");
        registry.add("brokercrm.channels.outbox.enabled", () -> "false");
        registry.add("brokercrm.channels.outbox.backoff", () -> "0s");
        registry.add("brokercrm.channels.outbox.max-attempts", () -> "3");
        registry.add("brokercrm.survey.public-url", () -> "https://crm.broker.example/");
    }

    @AfterAll
    static void stopGateway() {
        gateway.stop(0);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxSender sender;

    @Autowired
    Outbox outbox;

    @BeforeEach
    void setUp(@Autowired ImportService imports, @Autowired UserAccounts users) throws Exception {
        WebTestBrokerage.load(dataDir, imports, users, jdbc);
        jdbc.sql("UPDATE customer SET email = 'wang@example.com' WHERE customer_id = 'C003'")
                .update();
        jdbc.sql("DELETE FROM outbound_message").update();
        jdbc.sql("DELETE FROM channel_consent").update();
        jdbc.sql("DELETE FROM client_preference").update();
        gatewayRequests.clear();
        gatewayStatus.set(200);
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    MvcResult send(String user, String client, String json) throws Exception {
        return mvc.perform(post("/api/v1/clients/" + client + "/messages")
                        .with(httpBasic(user, WebTestBrokerage.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn();
    }

    static String messageId(MvcResult result) throws Exception {
        Matcher m = Pattern.compile("\"messageId\":\"(M-[^\"]+)\"")
                .matcher(result.getResponse().getContentAsString());
        assertThat(m.find()).as(result.getResponse().getContentAsString()).isTrue();
        return m.group(1);
    }

    String status(String messageId) {
        return jdbc.sql("SELECT status FROM outbound_message WHERE message_id = :id")
                .param("id", messageId)
                .query(String.class)
                .single();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    static String html(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = html(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    @Test
    void anEmailReachesTheClientInTheirLanguageAndBecomesAContact() throws Exception {
        MvcResult queued = send("account_manager", "C001", "{\"channel\": \"EMAIL\", \"template\": \"FOLLOW_UP\"}");
        assertThat(queued.getResponse().getStatus()).isEqualTo(202);
        String chinese = messageId(queued);
        assertThat(status(chinese)).isEqualTo("PENDING");

        MockHttpSession session = login(Role.ACCOUNT_MANAGER);
        mvc.perform(post("/clients/C003/language").session(session).with(csrf()).param("language", "en"))
                .andReturn();
        MvcResult language = mvc.perform(put("/api/v1/clients/C003/language")
                        .with(httpBasic("account_manager", WebTestBrokerage.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"language\": \"en\"}"))
                .andReturn();
        assertThat(language.getResponse().getContentAsString()).contains("\"language\":\"en\"");
        MvcResult klingon = mvc.perform(put("/api/v1/clients/C003/language")
                        .with(httpBasic("account_manager", WebTestBrokerage.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"language\": \"tlh\"}"))
                .andReturn();
        assertThat(klingon.getResponse().getStatus()).isEqualTo(400);
        String english =
                messageId(send("account_manager", "C003", "{\"channel\": \"EMAIL\", \"template\": \"FOLLOW_UP\"}"));

        assertThat(sender.sendDue()).isEqualTo(2);
        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage toZhang =
                received[0].getAllRecipients()[0].toString().equals("zhang@example.com") ? received[0] : received[1];
        MimeMessage toWang = toZhang == received[0] ? received[1] : received[0];
        assertThat(toZhang.getSubject()).isEqualTo("感谢您与我们的沟通");
        assertThat(toZhang.getFrom()[0].toString()).contains("service@broker.example");
        assertThat(plainText(toZhang)).contains("尊敬的张三：", "感谢您近日与我们沟通", "欢迎随时联系王经理", "此致 王经理");
        assertThat(html(toZhang)).contains("<p>尊敬的张三：</p>");
        assertThat(toWang.getAllRecipients()[0].toString()).isEqualTo("wang@example.com");
        assertThat(toWang.getSubject()).isEqualTo("Thank you for talking with us");
        assertThat(plainText(toWang)).contains("Dear 王五,", "Thank you for talking with us recently");

        assertThat(status(chinese)).isEqualTo("SENT");
        assertThat(status(english)).isEqualTo("SENT");
        var contact = jdbc.sql("""
                        SELECT k.channel, k.staff_id, k.topic, k.source FROM contact k
                        JOIN outbound_message o ON o.contact_id = k.contact_id WHERE o.message_id = :id
                        """)
                .param("id", chinese)
                .query((rs, n) -> List.of(
                        rs.getString("channel"),
                        rs.getString("staff_id"),
                        rs.getString("topic"),
                        rs.getString("source")))
                .single();
        assertThat(contact).containsExactly("EMAIL", "S01", "感谢您与我们的沟通", "APP");
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE username = 'account_manager'"
                        + " AND action = 'CLIENT_CHANGE' AND detail LIKE 'message " + chinese + "%queued'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE username = 'system:outbox'"
                        + " AND action = 'CLIENT_CHANGE' AND target_id = 'C001' AND detail LIKE 'contact A-%EMAIL%'"))
                .isGreaterThanOrEqualTo(1);

        String timeline = mvc.perform(get("/clients/C001/contacts").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(timeline).contains("感谢您与我们的沟通");

        // the client opts out from the link at the foot of the e-mail, without signing in
        Matcher unsubscribe = Pattern.compile("https://crm\\.broker\\.example(/unsubscribe/\\S+)")
                .matcher(plainText(toZhang));
        assertThat(unsubscribe.find()).isTrue();
        assertThat(plainText(toWang)).containsPattern("/unsubscribe/\\S+\\?lang=en");
        MvcResult confirm = mvc.perform(get(unsubscribe.group(1))).andReturn();
        assertThat(confirm.getResponse().getContentAsString())
                .contains("确认不再接收我们的邮件吗")
                .doesNotContain("张三");
        assertThat(count("SELECT COUNT(*) FROM channel_consent")).isZero();
        Matcher csrfField = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(confirm.getResponse().getContentAsString());
        assertThat(csrfField.find()).isTrue();
        MvcResult done = mvc.perform(post(unsubscribe.group(1))
                        .session((MockHttpSession) confirm.getRequest().getSession(false))
                        .param("_csrf", csrfField.group(1)))
                .andReturn();
        assertThat(done.getResponse().getContentAsString()).contains("已为您退订邮件");
        assertThat(count("SELECT COUNT(*) FROM channel_consent WHERE customer_id = 'C001' AND channel = 'EMAIL'"
                        + " AND opted_out AND source = 'CLIENT_LINK'"))
                .isEqualTo(1);
        assertThat(send("account_manager", "C001", "{\"channel\": \"EMAIL\", \"template\": \"FOLLOW_UP\"}")
                        .getResponse()
                        .getStatus())
                .isEqualTo(409);
        assertThat(mvc.perform(get("/unsubscribe/U.C001.EMAIL.forged"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aFailingSmtpServerIsRetriedThenTheMessageShowsAsFailed() throws Exception {
        smtp.stop();
        String id = messageId(send("account_manager", "C001", "{\"channel\": \"EMAIL\", \"text\": \"您的资料已更新\"}"));
        assertThat(sender.sendDue()).isEqualTo(1);
        var first = jdbc.sql("SELECT status, attempts, last_error FROM outbound_message WHERE message_id = :id")
                .param("id", id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getInt(2), String.valueOf(rs.getString(3))))
                .single();
        assertThat(first.get(0)).isEqualTo("PENDING");
        assertThat(first.get(1)).isEqualTo(1);
        assertThat((String) first.get(2)).containsIgnoringCase("connect");
        sender.sendDue();
        sender.sendDue();
        assertThat(status(id)).isEqualTo("FAILED");
        sender.sendDue();
        assertThat(jdbc.sql("SELECT attempts FROM outbound_message WHERE message_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE username = 'system:outbox' AND outcome = 'ERROR'"
                        + " AND detail LIKE 'message " + id + "%failed after 3 attempts%'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM contact WHERE note LIKE 'message " + id + "%'"))
                .isZero();

        String failed = mvc.perform(get("/api/v1/messages?status=FAILED")
                        .with(httpBasic("account_manager", WebTestBrokerage.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(failed).contains(id, "\"status\":\"FAILED\"", "z****@example.com", "\"attempts\":3");
        assertThat(failed).doesNotContain("zhang@example.com");
        String outside = mvc.perform(get("/api/v1/messages?status=FAILED")
                        .with(httpBasic("branch_manager", WebTestBrokerage.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(outside).doesNotContain(id).contains("\"total\":0");
        String page = mvc.perform(get("/messages").session(login(Role.ACCOUNT_MANAGER)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(id.substring(0, 0), "失败", "张三", "重新发送");

        // the server is back: a retry from the page sends it
        smtp.start();
        MockHttpSession session = login(Role.ACCOUNT_MANAGER);
        mvc.perform(post("/messages/" + id + "/retry").session(session).with(csrf()))
                .andReturn();
        sender.sendDue();
        assertThat(status(id)).isEqualTo("SENT");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void anOptedOutClientGetsNothing() throws Exception {
        MvcResult optOut = mvc.perform(put("/api/v1/clients/C001/consents/EMAIL")
                        .with(httpBasic("account_manager", WebTestBrokerage.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"optedOut\": true}"))
                .andReturn();
        assertThat(optOut.getResponse().getContentAsString()).contains("\"optedOut\":true", "STAFF:account_manager");

        MvcResult refused = send("account_manager", "C001", "{\"channel\": \"EMAIL\", \"template\": \"FOLLOW_UP\"}");
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        String id = messageId(refused);
        assertThat(status(id)).isEqualTo("REFUSED");

        // opted out after the message was queued: refused at sending time
        mvc.perform(put("/api/v1/clients/C003/consents/EMAIL")
                        .with(httpBasic("account_manager", WebTestBrokerage.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"optedOut\": false}"))
                .andReturn();
        String late =
                messageId(send("account_manager", "C003", "{\"channel\": \"EMAIL\", \"template\": \"FOLLOW_UP\"}"));
        MockHttpSession session = login(Role.ACCOUNT_MANAGER);
        mvc.perform(post("/clients/C003/consents")
                        .session(session)
                        .with(csrf())
                        .param("channel", "EMAIL")
                        .param("optedOut", "true"))
                .andReturn();
        sender.sendDue();
        assertThat(status(late)).isEqualTo("REFUSED");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM outbound_message WHERE contact_id IS NOT NULL"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'CLIENT_CHANGE' AND outcome = 'FAILED'"
                        + " AND detail LIKE 'message " + id + "%refused: the client opted out of EMAIL'"))
                .isEqualTo(1);

        String card = mvc.perform(get("/clients/C003/messages").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(card).contains("已退订", "已拒绝（退订或无地址）");
    }

    @Test
    void smsGoesThroughTheGatewayAndWeChatToTheLog() throws Exception {
        String sms = messageId(
                send("account_manager", "C001", "{\"channel\": \"SMS\", \"template\": \"ASSESSMENT_REMINDER\"}"));
        String wechat = messageId(send("account_manager", "C001", "{\"channel\": \"WECHAT\", \"text\": \"明天见\"}"));
        sender.sendDue();
        assertThat(status(sms)).isEqualTo("SENT");
        assertThat(status(wechat)).isEqualTo("SENT");
        assertThat(gatewayRequests).hasSize(1);
        assertThat(gatewayRequests.get(0)[1]).isEqualTo("Bearer sms-secret");
        assertThat(gatewayRequests.get(0)[0])
                .contains("\"to\":\"13800138000\"", "\"reference\":\"" + sms + "\"", "【BrokerCRM】", "风险承受能力评估即将到期");
        assertThat(count("SELECT COUNT(*) FROM contact WHERE customer_id = 'C001' AND channel = 'SMS'"
                        + " AND note LIKE 'message " + sms + "%'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM contact WHERE customer_id = 'C001' AND channel = 'WECHAT'"
                        + " AND note LIKE 'message " + wechat + "%'"))
                .isEqualTo(1);

        gatewayStatus.set(503);
        String down = messageId(send("account_manager", "C001", "{\"channel\": \"SMS\", \"text\": \"稍后联系\"}"));
        sender.sendDue();
        sender.sendDue();
        sender.sendDue();
        assertThat(status(down)).isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT last_error FROM outbound_message WHERE message_id = :id")
                        .param("id", down)
                        .query(String.class)
                        .single())
                .contains("SMS gateway answered 503");
        assertThat(gatewayRequests).hasSize(4);
    }

    @Test
    void messagesStayWithinScopeAndNeedContent() throws Exception {
        MvcResult outside = send("broker", "C003", "{\"channel\": \"EMAIL\", \"template\": \"FOLLOW_UP\"}");
        assertThat(outside.getResponse().getStatus()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM outbound_message")).isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE username = 'broker' AND target_id = 'C003'"
                        + " AND outcome = 'DENIED'"))
                .isGreaterThanOrEqualTo(1);

        MvcResult empty = send("broker", "C001", "{\"channel\": \"EMAIL\"}");
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        MvcResult visit = send("broker", "C001", "{\"channel\": \"VISIT\", \"text\": \"x\"}");
        assertThat(visit.getResponse().getStatus()).isEqualTo(400);
        MvcResult noAddress = send("account_manager", "C002", "{\"channel\": \"SMS\", \"text\": \"x\"}");
        assertThat(noAddress.getResponse().getStatus()).isEqualTo(404); // C002 is not the manager's client
        MvcResult noPhone = send("hq_analyst", "C002", "{\"channel\": \"SMS\", \"text\": \"x\"}");
        assertThat(noPhone.getResponse().getStatus()).isEqualTo(409);
        assertThat(noPhone.getResponse().getContentAsString()).contains("no SMS address on file");
    }

    @Test
    void theSystemSendsWithoutAUserAndStillRecordsTheContact() throws Exception {
        Outbox.Queued queued = outbox.queueAsSystem(
                "C001",
                new Outbox.Request(ContactChannel.EMAIL, MessageTemplate.ASSESSMENT_REMINDER, null, null, false, null),
                "system:mot");
        sender.sendDue();
        assertThat(status(queued.messageId())).isEqualTo("SENT");
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("您的风险承受能力评估即将到期");
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE username = 'system:mot' AND target_id = 'C001'"
                        + " AND detail LIKE 'message " + queued.messageId() + "%queued'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM contact k JOIN outbound_message o ON o.contact_id = k.contact_id"
                        + " WHERE o.message_id = '" + queued.messageId() + "' AND k.staff_id IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void aSurveyByEmailIsAnsweredOnceOnThePublicPage() throws Exception {
        MockHttpSession session = login(Role.ACCOUNT_MANAGER);
        MvcResult logged = mvc.perform(post("/api/v1/clients/C001/contacts")
                        .with(httpBasic("account_manager", WebTestBrokerage.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"channel": "CALL_OUT", "occurredAt": "2025-05-06T09:30:00", "topic": "两融开户回访"}
                                """))
                .andReturn();
        Matcher contactMatch = Pattern.compile("\"contactId\":\"([^\"]+)\"")
                .matcher(logged.getResponse().getContentAsString());
        assertThat(contactMatch.find()).isTrue();
        String contactId = contactMatch.group(1);

        // the 360 view's button: a survey e-mail about this contact
        MvcResult button = mvc.perform(post("/clients/C001/contacts/" + contactId + "/survey")
                        .session(session)
                        .with(csrf())
                        .header("HX-Request", "true"))
                .andReturn();
        assertThat(button.getResponse().getContentAsString()).contains("已放入发件箱");
        sender.sendDue();
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("请为我们的服务打分");
        String text = plainText(mail);
        assertThat(text).contains("2025-05-06", "外呼", "两融开户回访");
        Matcher link =
                Pattern.compile("https://crm\\.broker\\.example/survey/(\\S+)").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        String token = link.group(1);

        // anonymous client: the page, its CSRF token in an anonymous session, one answer
        MvcResult page = mvc.perform(get("/survey/" + token)).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("两融开户回访").doesNotContain("张三");
        Matcher csrfField = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(csrfField.find()).isTrue();
        MockHttpSession anonymous = (MockHttpSession) page.getRequest().getSession(false);

        MvcResult forged =
                mvc.perform(post("/survey/" + token).param("score", "1")).andReturn();
        assertThat(forged.getResponse().getStatus()).isEqualTo(403);

        MvcResult answered = mvc.perform(post("/survey/" + token)
                        .session(anonymous)
                        .param("_csrf", csrfField.group(1))
                        .param("score", "4")
                        .param("comment", "经理很耐心 <b>谢谢</b>"))
                .andReturn();
        assertThat(answered.getResponse().getStatus()).isEqualTo(200);
        assertThat(answered.getResponse().getContentAsString()).contains("感谢您的评价");
        assertThat(jdbc.sql("SELECT satisfaction FROM contact WHERE contact_id = :k")
                        .param("k", contactId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM survey WHERE contact_id = '" + contactId
                        + "' AND score = 4 AND branch_id = 'B01' AND answered_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE username = 'client:C001' AND detail LIKE 'survey S-%'"))
                .isEqualTo(1);

        MvcResult again = mvc.perform(post("/survey/" + token).with(csrf()).param("score", "1"))
                .andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(again.getResponse().getContentAsString()).contains("已经提交过了");
        assertThat(jdbc.sql("SELECT satisfaction FROM contact WHERE contact_id = :k")
                        .param("k", contactId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);

        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(mvc.perform(get("/survey/" + tampered))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/survey/" + token + "/x"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(302, 401, 403);

        String card = mvc.perform(get("/clients/C001/messages").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(card).contains("4/5 分", "经理很耐心 &lt;b&gt;谢谢&lt;/b&gt;");
        String surveys = mvc.perform(
                        get("/api/v1/clients/C001/surveys").with(httpBasic("broker", WebTestBrokerage.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(surveys).contains("\"score\":4");
    }

    MockHttpSession login(Role role) throws Exception {
        MvcResult result = mvc.perform(post("/login")
                        .param("username", WebTestBrokerage.username(role))
                        .param("password", WebTestBrokerage.PASSWORD)
                        .with(csrf()))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
