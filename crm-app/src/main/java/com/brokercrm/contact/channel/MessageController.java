package com.brokercrm.contact.channel;

import com.brokercrm.contact.ContactChannel;
import com.brokercrm.contact.survey.Surveys;
import com.brokercrm.web.PageOf;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The messages card of the client 360 view (send a message or a survey, consent per channel, language,
 * recent messages and surveys) and the page of messages across the caller's clients (failed ones first).
 */
@Controller
class MessageController {

    static final int RECENT = 10;

    private final Outbox outbox;
    private final Consents consents;
    private final Surveys surveys;
    private final Channels channels;

    MessageController(Outbox outbox, Consents consents, Surveys surveys, Channels channels) {
        this.outbox = outbox;
        this.consents = consents;
        this.surveys = surveys;
        this.channels = channels;
    }

    @GetMapping("/clients/{id}/messages")
    String card(@PathVariable String id, Model model) {
        return card(id, model, outbox.list(null, id, 0, RECENT));
    }

    private String card(String id, Model model, PageOf<Outbox.Message> recent) {
        model.addAttribute("clientId", id);
        model.addAttribute("messages", recent);
        model.addAttribute("consents", consents.of(id));
        model.addAttribute("language", consents.language(id));
        model.addAttribute("languages", Consents.LANGUAGES);
        model.addAttribute("surveys", surveys.forClient(id, RECENT));
        model.addAttribute("outboundChannels", Channels.OUTBOUND);
        model.addAttribute("messageTemplates", java.util.List.of(MessageTemplate.values()));
        model.addAttribute("emailDisabled", channels.disabledReason(ContactChannel.EMAIL) != null);
        return "contact/messages :: card";
    }

    @PostMapping("/clients/{id}/messages")
    String send(
            @PathVariable String id,
            @RequestParam(required = false) ContactChannel channel,
            @RequestParam(required = false) MessageTemplate template,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "false") boolean survey,
            @RequestParam(required = false) String contactId,
            Model model,
            HttpServletResponse response) {
        try {
            Outbox.Queued queued = outbox.queue(
                    id,
                    new Outbox.Request(
                            channel, survey ? MessageTemplate.SURVEY : template, subject, text, survey, contactId));
            model.addAttribute(queued.refused() ? "messageRefused" : "messageQueued", queued);
        } catch (Outbox.Invalid e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("messageError", e.messageKey());
        } catch (Outbox.Unavailable e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("messageError", "message.error.emailDisabled");
        }
        return card(id, model);
    }

    @PostMapping("/clients/{id}/contacts/{contactId}/survey")
    String survey(@PathVariable String id, @PathVariable String contactId, Model model, HttpServletResponse response) {
        return send(id, ContactChannel.EMAIL, MessageTemplate.SURVEY, null, null, true, contactId, model, response);
    }

    @PostMapping("/clients/{id}/consents")
    String consent(
            @PathVariable String id,
            @RequestParam ContactChannel channel,
            @RequestParam boolean optedOut,
            Model model) {
        consents.set(id, channel, optedOut);
        model.addAttribute("consentSaved", true);
        return card(id, model);
    }

    @PostMapping("/clients/{id}/language")
    String language(@PathVariable String id, @RequestParam String language, Model model) {
        consents.setLanguage(id, language);
        model.addAttribute("consentSaved", true);
        return card(id, model);
    }

    @GetMapping("/messages")
    String page(
            @RequestParam(defaultValue = "FAILED") String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String filter = "ALL".equals(status) || !MessageApiController.STATUSES.contains(status) ? null : status;
        model.addAttribute("status", filter == null ? "ALL" : filter);
        model.addAttribute("statuses", java.util.List.of("FAILED", "PENDING", "SENT", "REFUSED", "ALL"));
        model.addAttribute("messages", outbox.list(filter, null, PageOf.clampPage(page), 50));
        return "contact/messages-page";
    }

    @PostMapping("/messages/{messageId}/retry")
    String retry(@PathVariable String messageId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("retried", outbox.retry(messageId) ? messageId : null);
        return "redirect:/messages?status=FAILED";
    }
}
