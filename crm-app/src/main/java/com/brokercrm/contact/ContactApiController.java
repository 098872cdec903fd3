package com.brokercrm.contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Logs contacts from integrations (channels, the call center) with the caller's scope. */
@RestController
@Tag(name = "Contacts", description = "Log a contact with a client")
class ContactApiController {

    private final ContactLog contacts;
    private final MessageSource messages;

    ContactApiController(ContactLog contacts, MessageSource messages) {
        this.contacts = contacts;
        this.messages = messages;
    }

    /** The id of a logged contact. */
    record Logged(String contactId) {}

    @PostMapping("/api/v1/clients/{id}/contacts")
    @Operation(
            summary = "Log a contact (occurredAt is Asia/Shanghai wall time; needs are codes such as CASH_MANAGEMENT)")
    ResponseEntity<Logged> log(@PathVariable String id, @RequestBody NewContact contact) {
        String contactId = contacts.log(id, contact);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/contacts/" + contactId))
                .body(new Logged(contactId));
    }

    @ExceptionHandler(ContactLog.Invalid.class)
    ProblemDetail invalid(ContactLog.Invalid e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the contact has errors");
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of(
                        "field", p.field(),
                        "message", messages.getMessage(p.messageKey(), null, LocaleContextHolder.getLocale())))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }
}
