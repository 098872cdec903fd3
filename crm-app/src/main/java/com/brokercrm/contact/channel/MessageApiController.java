package com.brokercrm.contact.channel;

import com.brokercrm.contact.ContactChannel;
import com.brokercrm.contact.survey.Surveys;
import com.brokercrm.customer.ClientAccess;
import com.brokercrm.web.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Messages to clients (e-mail, SMS, WeChat) through the outbox, their consent and their surveys, within the caller's scope. */
@RestController
@Tag(name = "Messages", description = "Send e-mail, SMS or WeChat messages to a client; consent; surveys")
class MessageApiController {

    static final Set<String> STATUSES = Set.of("PENDING", "SENDING", "SENT", "FAILED", "REFUSED");

    private final Outbox outbox;
    private final Consents consents;
    private final Surveys surveys;
    private final ClientAccess access;
    private final MessageSource messages;

    MessageApiController(
            Outbox outbox, Consents consents, Surveys surveys, ClientAccess access, MessageSource messages) {
        this.outbox = outbox;
        this.consents = consents;
        this.surveys = surveys;
        this.access = access;
        this.messages = messages;
    }

    /** A message to send: a template, or text of your own (template TEXT); survey adds a rating link about a contact. */
    record SendMessage(
            ContactChannel channel,
            MessageTemplate template,
            String subject,
            String text,
            Boolean survey,
            String contactId) {}

    /** The outbox id of a queued message. */
    record Accepted(String messageId, String status) {}

    @PostMapping("/api/v1/clients/{id}/messages")
    @Operation(
            summary = "Queue a message to a client (202 with the outbox id; 409 when the client opted out or has no"
                    + " address, recorded as REFUSED; 503 when the channel is not configured)")
    ResponseEntity<?> send(@PathVariable String id, @RequestBody SendMessage body) {
        Outbox.Queued queued = outbox.queue(
                id,
                new Outbox.Request(
                        body.channel(),
                        body.template(),
                        body.subject(),
                        body.text(),
                        Boolean.TRUE.equals(body.survey()),
                        body.contactId()));
        if (queued.refused()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, queued.reason());
            problem.setTitle("Message refused");
            problem.setProperty("messageId", queued.messageId());
            problem.setProperty("status", queued.status());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/clients/" + id + "/messages?status=" + queued.status()))
                .body(new Accepted(queued.messageId(), queued.status()));
    }

    @GetMapping("/api/v1/clients/{id}/messages")
    @Operation(summary = "A client's messages, newest first, with status, attempts and last error")
    PageOf<Outbox.Message> clientMessages(
            @PathVariable String id,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return outbox.list(status(status), id, PageOf.clampPage(page), PageOf.clampSize(size, 50, 200));
    }

    @GetMapping("/api/v1/messages")
    @Operation(summary = "Messages to the clients in your scope, newest first; status=FAILED lists the failed ones")
    PageOf<Outbox.Message> messages(
            @Parameter(description = "PENDING, SENDING, SENT, FAILED or REFUSED") @RequestParam(required = false)
                    String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return outbox.list(status(status), null, PageOf.clampPage(page), PageOf.clampSize(size, 50, 200));
    }

    @PostMapping("/api/v1/messages/{messageId}/retry")
    @Operation(summary = "Queue a FAILED message again for a fresh set of attempts")
    ResponseEntity<Accepted> retry(@PathVariable String messageId) {
        if (!outbox.retry(messageId)) {
            throw new IllegalArgumentException("only FAILED messages can be retried");
        }
        return ResponseEntity.accepted().body(new Accepted(messageId, "PENDING"));
    }

    @GetMapping("/api/v1/clients/{id}/consents")
    @Operation(summary = "The client's choice per channel (EMAIL, SMS, WECHAT) and language")
    ConsentView consents(@PathVariable String id) {
        access.check(id, "api consents");
        return new ConsentView(consents.language(id), consents.of(id));
    }

    record ConsentView(String language, List<Consents.Consent> channels) {}

    record ConsentChange(Boolean optedOut) {}

    @PutMapping("/api/v1/clients/{id}/consents/{channel}")
    @Operation(summary = "Record that the client opted out of (or back into) a channel")
    ConsentView setConsent(
            @PathVariable String id, @PathVariable ContactChannel channel, @RequestBody ConsentChange change) {
        if (change.optedOut() == null) {
            throw new IllegalArgumentException("optedOut is required");
        }
        consents.set(id, channel, change.optedOut());
        return new ConsentView(consents.language(id), consents.of(id));
    }

    record LanguageChange(String language) {}

    @PutMapping("/api/v1/clients/{id}/language")
    @Operation(summary = "Set the language the client is written to in: zh-CN (default) or en")
    ConsentView setLanguage(@PathVariable String id, @RequestBody LanguageChange change) {
        consents.setLanguage(id, change.language());
        return new ConsentView(consents.language(id), consents.of(id));
    }

    @GetMapping("/api/v1/clients/{id}/surveys")
    @Operation(summary = "A client's satisfaction surveys, newest first, with score and comment once answered")
    List<Surveys.Survey> surveys(@PathVariable String id) {
        access.check(id, "api surveys");
        return surveys.forClient(id, 200);
    }

    private static String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String upper = status.strip().toUpperCase(java.util.Locale.ROOT);
        if (!STATUSES.contains(upper)) {
            throw new IllegalArgumentException("status must be one of " + STATUSES);
        }
        return upper;
    }

    @ExceptionHandler(Outbox.Invalid.class)
    ProblemDetail invalid(Outbox.Invalid e) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(e.messageKey(), null, e.getMessage(), LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(Outbox.Unavailable.class)
    ProblemDetail unavailable(Outbox.Unavailable e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Channel not configured");
        return problem;
    }
}
