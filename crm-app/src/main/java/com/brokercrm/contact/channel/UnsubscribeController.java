package com.brokercrm.contact.channel;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public opt-out page behind the link in every e-mail: no sign-in, the signed token names the client and
 * the channel; confirming (a CSRF-protected form, so a mail scanner opening the link opts nobody out) records
 * the opt-out with source CLIENT_LINK, audited with the client as actor. The page shows no client data.
 */
@Controller
class UnsubscribeController {

    private final UnsubscribeLinks links;
    private final Consents consents;

    UnsubscribeController(UnsubscribeLinks links, Consents consents) {
        this.links = links;
        this.consents = consents;
    }

    @GetMapping("/unsubscribe/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        return page(token, links.target(token), false, model, response);
    }

    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<UnsubscribeLinks.Target> target = links.target(token);
        target.ifPresent(t ->
                consents.setAsSystem(t.customerId(), t.channel(), true, "CLIENT_LINK", "client:" + t.customerId()));
        return page(token, target, true, model, response);
    }

    private static String page(
            String token,
            Optional<UnsubscribeLinks.Target> target,
            boolean done,
            Model model,
            HttpServletResponse response) {
        if (target.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("state", "invalid");
        } else {
            model.addAttribute("state", done ? "done" : "confirm");
            model.addAttribute("channel", target.get().channel());
            model.addAttribute("token", token);
        }
        return "contact/unsubscribe";
    }
}
