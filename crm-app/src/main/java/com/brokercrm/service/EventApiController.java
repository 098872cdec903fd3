package com.brokercrm.service;

import com.brokercrm.customer.ClientAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intraday events from the core and margin systems. The tasks an event raises exist when the response
 * is sent; the caller must have the client in its scope, like any other read of client data.
 */
@RestController
@Tag(name = "Events", description = "Intraday client events that raise MOT service tasks at once")
class EventApiController {

    private final MotEngine engine;
    private final ClientAccess access;

    EventApiController(MotEngine engine, ClientAccess access) {
        this.engine = engine;
        this.access = access;
    }

    /** The tasks an event raised (none when no rule fired or the event was seen before). */
    record Raised(List<MotEngine.Created> tasks) {}

    static final class InvalidEvent extends RuntimeException {
        InvalidEvent(String message) {
            super(message);
        }
    }

    @PostMapping("/api/v1/events")
    @Operation(summary = "Post a FUND_FLOW, MARGIN or TRADE event; answers with the tasks it raised")
    ResponseEntity<Raised> post(@RequestBody ClientEvent event) {
        List<String> problems = problems(event);
        if (!problems.isEmpty()) {
            throw new InvalidEvent(String.join("; ", problems));
        }
        access.check(event.customerId(), "event " + event.getClass().getSimpleName());
        return ResponseEntity.accepted().body(new Raised(engine.onEvent(event)));
    }

    static List<String> problems(ClientEvent event) {
        List<String> problems = new ArrayList<>();
        if (event.customerId() == null || event.customerId().isBlank()) {
            problems.add("customerId is required");
        }
        if (event.date() == null) {
            problems.add("date is required");
        }
        switch (event) {
            case ClientEvent.FundFlow flow -> {
                if (flow.flowId() == null || flow.flowId().isBlank()) {
                    problems.add("flowId is required");
                }
                if (!"IN".equals(flow.direction()) && !"OUT".equals(flow.direction())) {
                    problems.add("direction must be IN or OUT");
                }
                if (flow.amount() == null || flow.amount().signum() <= 0) {
                    problems.add("amount must be positive");
                }
            }
            case ClientEvent.Margin margin -> {
                for (BigDecimal value : new BigDecimal[] {margin.cash(), margin.marketValue(), margin.marginDebt()}) {
                    if (value == null || value.signum() < 0) {
                        problems.add("cash, marketValue and marginDebt are required and not negative");
                        break;
                    }
                }
            }
            case ClientEvent.Trade trade -> {
                if (trade.tradeId() == null || trade.tradeId().isBlank()) {
                    problems.add("tradeId is required");
                }
            }
        }
        return problems;
    }

    @ExceptionHandler(InvalidEvent.class)
    ProblemDetail invalid(InvalidEvent e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
