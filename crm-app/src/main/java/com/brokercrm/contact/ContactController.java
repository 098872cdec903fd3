package com.brokercrm.contact;

import com.brokercrm.customer.ClientRecords;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The quick-log form on the client 360 view: saves a contact and answers with the refreshed timeline. */
@Controller
class ContactController {

    private final ContactLog contacts;
    private final ClientRecords records;

    ContactController(ContactLog contacts, ClientRecords records) {
        this.contacts = contacts;
        this.records = records;
    }

    @PostMapping("/clients/{id}/contacts")
    String log(
            @PathVariable String id,
            @RequestParam(required = false) ContactChannel channel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    LocalDateTime occurredAt,
            @RequestParam(required = false) Integer durationMinutes,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) List<Need> needs,
            @RequestParam(required = false) Integer satisfaction,
            @RequestParam(required = false) String note,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        NewContact contact = new NewContact(
                channel,
                occurredAt,
                durationMinutes == null ? null : durationMinutes * 60,
                topic,
                outcome,
                needs == null ? Set.of() : EnumSet.copyOf(needs),
                satisfaction,
                note);
        try {
            contacts.log(id, contact);
            model.addAttribute("contactSaved", true);
        } catch (ContactLog.Invalid e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("contactErrors", e.problems());
            model.addAttribute("draft", contact);
        }
        model.addAttribute("clientId", id);
        model.addAttribute("contacts", records.contacts(id, 0, ContactOptions.CONTACTS_PER_PAGE));
        ContactOptions.addTo(model);
        return "customer/view :: contacts";
    }
}
