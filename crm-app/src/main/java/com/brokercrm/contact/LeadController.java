package com.brokercrm.contact;

import com.brokercrm.security.CrmUser;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Keeps an unknown caller as a lead, from the call center's screen pop. */
@Controller
class LeadController {

    private final JdbcClient jdbc;

    LeadController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping("/leads")
    String create(
            @RequestParam String phone,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String note,
            Model model) {
        String digits = phone.replaceAll("[^0-9+]", "");
        if (digits.isEmpty() || digits.length() > 20) {
            model.addAttribute("leadError", true);
            return "contact/call-pop :: lead-result";
        }
        String id = "L-" + UUID.randomUUID().toString().substring(0, 23);
        jdbc.sql("""
                        INSERT INTO lead (lead_id, name, phone, source, note, created_by, created_at, status)
                        VALUES (:id, :name, :phone, 'CALL_IN', :note, :user, :now, 'NEW')
                        """)
                .param("id", id)
                .param("name", name == null || name.isBlank() ? null : name.strip())
                .param("phone", digits)
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .param("user", CrmUser.current().orElseThrow().getUsername())
                .param("now", LocalDateTime.now(ZoneOffset.UTC))
                .update();
        model.addAttribute("leadId", id);
        return "contact/call-pop :: lead-result";
    }
}
