package com.brokercrm.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.ingest.ImportService;
import com.brokercrm.security.UserAccounts;
import com.brokercrm.store.TestStore;
import com.brokercrm.web.WebTestBrokerage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The call center end to end over real HTTP: an agent's browser stream (server-sent events, read by a
 * real client), the telephony webhook with its token, the screen pop, and the call ending as a contact.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "brokercrm.cti.token=cti-secret")
class CallCenterTest {

    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        dataDir = TestStore.newFolder("brokercrm-cti");
        registry.add("brokercrm.data-dir", dataDir::toString);
        registry.add("server.address", () -> "127.0.0.1");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void load(@Autowired ImportService imports, @Autowired UserAccounts users) throws Exception {
        WebTestBrokerage.load(dataDir, imports, users, jdbc);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    HttpClient signedIn(String user) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String form = client.send(
                        HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        HttpResponse<Void> login = client.send(
                HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                                + URLEncoder.encode(WebTestBrokerage.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                                + csrf.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/clients");
        return client;
    }

    HttpResponse<String> webhook(String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/api/v1/cti/calls")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the agent's event stream and hands every line to a queue. */
    BlockingQueue<String> stream(HttpClient agent) throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> response = agent.send(
                HttpRequest.newBuilder(URI.create(url("/cti/stream")))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread.ofVirtual().start(() -> response.body().forEach(lines::add));
        return lines;
    }

    static String waitFor(BlockingQueue<String> lines, String event) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        boolean inEvent = false;
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.equals("event:" + event)) {
                inEvent = true;
            } else if (inEvent && line.startsWith("data:")) {
                return line.substring(5);
            }
        }
        throw new AssertionError("no " + event + " event within 10 s");
    }

    @Test
    void ringingPopsTheCallerForTheRightAgentAndTheEndedCallIsOnTheTimeline() throws Exception {
        BlockingQueue<String> agentLines = stream(signedIn("call_agent"));
        BlockingQueue<String> otherLines = stream(signedIn("hq_analyst"));
        assertThat(waitFor(agentLines, "connected")).isEqualTo("ok");

        assertThat(webhook(null, "{\"callId\":\"c1\",\"state\":\"RINGING\"}").statusCode())
                .isEqualTo(401);
        assertThat(webhook("wrong", "{\"callId\":\"c1\",\"state\":\"RINGING\"}").statusCode())
                .isEqualTo(401);

        HttpResponse<String> ringing = webhook("cti-secret", """
                {"callId": "c1", "state": "RINGING", "callerNumber": "+86 138-0013-8000", "agent": "call_agent"}
                """);
        assertThat(ringing.statusCode()).isEqualTo(200);
        assertThat(ringing.body()).contains("\"customerId\":\"C001\"").doesNotContain("\"popsDelivered\":0");
        String pop = waitFor(agentLines, "ringing");
        assertThat(pop).contains("张三", "/clients/C001", "上海浦东营业部");
        assertThat(otherLines.stream().anyMatch(l -> l.contains("张三"))).isFalse();

        assertThat(webhook("cti-secret", "{\"callId\": \"c1\", \"state\": \"ANSWERED\"}")
                        .statusCode())
                .isEqualTo(200);
        Thread.sleep(1100);
        HttpResponse<String> ended = webhook("cti-secret", "{\"callId\": \"c1\", \"state\": \"ENDED\"}");
        assertThat(ended.statusCode()).isEqualTo(200);
        assertThat(ended.body()).contains("\"contactId\":\"A-");
        Integer seconds = jdbc.sql("""
                        SELECT duration_s FROM contact WHERE customer_id = 'C001' AND channel = 'CALL_IN' AND source = 'APP'
                        """).query(Integer.class).single();
        assertThat(seconds).isGreaterThanOrEqualTo(1);

        HttpClient admin = signedIn("hq_admin");
        String timeline = admin.send(
                        HttpRequest.newBuilder(URI.create(url("/clients/C001/contacts")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(timeline).contains("来电", "call c1 taken by call_agent");
    }

    @Test
    void anUnknownNumberOffersALead() throws Exception {
        HttpClient agent = signedIn("call_agent");
        BlockingQueue<String> lines = stream(agent);
        webhook("cti-secret", """
                {"callId": "c2", "state": "RINGING", "callerNumber": "13999999999", "agent": "call_agent"}
                """);
        String pop = waitFor(lines, "ringing");
        assertThat(pop).contains("未知号码", "记为潜在客户");
        HttpResponse<String> ended = webhook("cti-secret", "{\"callId\": \"c2\", \"state\": \"ENDED\"}");
        assertThat(ended.body()).contains("\"contactId\":null");
        assertThat(webhook("cti-secret", "{\"callId\": \"c9\", \"state\": \"ENDED\"}")
                        .statusCode())
                .isEqualTo(400);
    }
}
