package com.brokercrm.profiling;

import com.brokercrm.compliance.AuditAction;
import com.brokercrm.compliance.AuditLog;
import com.brokercrm.compliance.AuditOutcome;
import com.brokercrm.customer.ClientAccess;
import com.brokercrm.profiling.ClientProfile.Point;
import com.brokercrm.profiling.ProfileStore.ProfileRow;
import com.brokercrm.profiling.ProfileStore.Summary;
import com.brokercrm.security.CrmUser;
import com.brokercrm.web.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Client profiles (value, risk preference, habits, needs) for integrations, with the same data scope and
 * audit as the pages: a client outside the caller's scope answers 404 like a missing one, and portfolio
 * lists and aggregates count only the caller's clients. Driver keys are message keys; their arguments are
 * the values to word them with.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Profiles", description = "Client value, risk preference, habits and needs from the models")
class ProfileApiController {

    private final ClientAccess access;
    private final ProfileStore store;
    private final AuditLog audit;

    ProfileApiController(ClientAccess access, ProfileStore store, AuditLog audit) {
        this.access = access;
        this.store = store;
        this.audit = audit;
    }

    /** A client's latest profile (null until a model run scored the client) and the history of its scores. */
    record ProfileResponse(String customerId, ClientProfile latest, List<Point> history) {}

    @GetMapping("/clients/{id}/profile")
    @Operation(
            summary = "A client's latest profile with its drivers, and value, risk score, tier and class over every"
                    + " as-of date scored (oldest first); latest is null until the client has been scored")
    ProfileResponse profile(@PathVariable String id) {
        access.check(id, "api profile");
        return new ProfileResponse(id, store.latest(id).orElse(null), store.history(id));
    }

    @GetMapping("/profiles")
    @Operation(summary = "Clients by profile on one as-of date (default the latest), filtered, sorted and paged")
    PageOf<ProfileRow> list(
            @Parameter(description = "the latest as-of date on or before this day is used; empty: the latest")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf,
            @Parameter(description = "DIAMOND, PLATINUM, GOLD, SILVER or ORDINARY") @RequestParam(required = false)
                    String tier,
            @Parameter(description = "RISK_SEEKING, RISK_AVERSE or CONSERVATIVE") @RequestParam(required = false)
                    String riskClass,
            @Parameter(description = "a need tag, e.g. CASH_MANAGEMENT or MARGIN_ELIGIBLE")
                    @RequestParam(required = false)
                    String need,
            @RequestParam(required = false) String branch,
            @Parameter(description = "true: only clients whose implied level differs from the questionnaire's")
                    @RequestParam(required = false)
                    Boolean review,
            @Parameter(description = "value, percentile, potential, risk or id") @RequestParam(defaultValue = "value")
                    String sort,
            @RequestParam(defaultValue = "true") boolean desc,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ProfileFilter filter = new ProfileFilter(asOf, tier, riskClass, need, branch, review, sort, desc, page, size);
        audit.record(
                AuditAction.CLIENT_SEARCH,
                ClientAccess.TARGET,
                null,
                "api profiles: " + filter.describe(),
                AuditOutcome.OK);
        return store.list(CrmUser.currentScope(), filter);
    }

    @GetMapping("/profiles/summary")
    @Operation(
            summary = "The dashboard's aggregates over your clients on one as-of date: clients per tier, risk class"
                    + " and need, and level mismatches to review per branch (asOf null: nothing scored yet)")
    Summary summary(
            @Parameter(description = "the latest as-of date on or before this day is used; empty: the latest")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf) {
        return store.summary(CrmUser.currentScope(), asOf);
    }
}
