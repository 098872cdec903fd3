package com.brokercrm.compliance;

import com.brokercrm.ingest.csv.CsvText;
import com.brokercrm.web.PageOf;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The compliance page: filter the audit log and export it as CSV. Reading and exporting are audited too. */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/compliance/audit")
    String page(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) AuditOutcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AuditFilter filter = new AuditFilter(user, action, target, outcome, from, to);
        audit.record(AuditAction.AUDIT_VIEW, "audit_log", null, describe(filter), AuditOutcome.OK);
        int current = PageOf.clampPage(page);
        List<AuditEntry> entries = audit.page(filter, current, PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("entries", new PageOf<>(entries, current, PAGE_SIZE, audit.count(filter)));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("outcomes", AuditOutcome.values());
        return "compliance/audit";
    }

    @GetMapping("/compliance/audit.csv")
    void export(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) AuditOutcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response)
            throws IOException {
        AuditFilter filter = new AuditFilter(user, action, target, outcome, from, to);
        audit.record(AuditAction.EXPORT, "audit_log", null, describe(filter), AuditOutcome.OK);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        out.print("audit_id,at_utc,username,role,action,target_type,target_id,detail,remote_addr,outcome\n");
        audit.each(filter, e -> {
            out.print(String.join(
                    ",",
                    Long.toString(e.id()),
                    e.at().toString(),
                    field(e.username()),
                    field(e.role()),
                    e.action().name(),
                    field(e.targetType()),
                    field(e.targetId()),
                    field(e.detail()),
                    field(e.remoteAddress()),
                    e.outcome().name()));
            out.print('\n');
        });
        out.flush();
        if (out.checkError()) {
            throw new UncheckedIOException(new IOException("audit export interrupted"));
        }
    }

    private static String field(String value) {
        return value == null ? "" : CsvText.field(value);
    }

    private static String describe(AuditFilter f) {
        StringBuilder out = new StringBuilder();
        append(out, "user", f.username());
        append(out, "action", f.action());
        append(out, "target", f.targetId());
        append(out, "outcome", f.outcome());
        append(out, "from", f.from());
        append(out, "to", f.to());
        return out.isEmpty() ? "all entries" : out.toString();
    }

    private static void append(StringBuilder out, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            out.append(out.isEmpty() ? "" : "; ").append(name).append('=').append(value);
        }
    }
}
