package com.brokercrm.contact;

import java.util.List;
import org.springframework.ui.Model;

/** What the quick-log form offers: channels and needs, in a fixed order. */
public final class ContactOptions {

    public static final int CONTACTS_PER_PAGE = 10;

    private ContactOptions() {}

    public static void addTo(Model model) {
        model.addAttribute("contactChannels", List.of(ContactChannel.values()));
        model.addAttribute("contactNeeds", List.of(Need.values()));
        model.addAttribute("contactNow", java.time.LocalDateTime.now(ContactLog.SHANGHAI));
    }
}
