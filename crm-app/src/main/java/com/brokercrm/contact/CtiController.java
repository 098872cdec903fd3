package com.brokercrm.contact;

import com.brokercrm.security.CrmUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The telephony webhook (bearer token) and the agents' event stream (browser session). */
@RestController
@Tag(name = "Call center", description = "CTI webhook: ringing, answered and ended calls")
class CtiController {

    private final CallCenter calls;
    private final CallPopHub hub;

    CtiController(CallCenter calls, CallPopHub hub) {
        this.calls = calls;
        this.hub = hub;
    }

    @PostMapping("/api/v1/cti/calls")
    @Operation(summary = "A call event from the telephony system (Authorization: Bearer <brokercrm.cti.token>)")
    CallCenter.Outcome call(@RequestBody CallEvent event) {
        if (event.callId() == null
                || event.callId().isBlank()
                || event.state() == null
                || !CallEvent.STATES.contains(event.state())) {
            throw new IllegalArgumentException("callId and a state (RINGING, ANSWERED, ENDED) are required");
        }
        if ("RINGING".equals(event.state()) && (event.agent() == null || event.callerNumber() == null)) {
            throw new IllegalArgumentException("a ringing call needs callerNumber and agent");
        }
        return calls.handle(event);
    }

    @GetMapping(path = "/cti/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        return hub.subscribe(CrmUser.current().orElseThrow().getUsername(), LocaleContextHolder.getLocale());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
