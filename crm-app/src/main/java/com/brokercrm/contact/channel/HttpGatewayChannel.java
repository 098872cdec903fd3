package com.brokercrm.contact.channel;

import com.brokercrm.contact.ContactChannel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS or WeChat through an HTTP gateway: one JSON POST per message, {@code {"to", "text", "reference"}},
 * with a bearer token when configured. Any 2xx answer counts as sent; anything else, or no answer within
 * the timeout, is a failure the outbox tries again.
 */
final class HttpGatewayChannel implements MessageChannel {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ContactChannel channel;
    private final URI url;
    private final String token;
    private final Duration timeout;
    private final HttpClient client;

    HttpGatewayChannel(ContactChannel channel, URI url, String token, Duration timeout) {
        this.channel = channel;
        this.url = url;
        this.token = token;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public ContactChannel channel() {
        return channel;
    }

    @Override
    public void send(Outgoing message) throws Exception {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("to", message.recipient());
        body.put("text", message.text());
        body.put("reference", message.reference());
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response =
                client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            String answer = response.body() == null ? "" : response.body().strip();
            throw new IllegalStateException(channel + " gateway answered " + response.statusCode()
                    + (answer.isEmpty() ? "" : ": " + answer.substring(0, Math.min(300, answer.length()))));
        }
    }
}
