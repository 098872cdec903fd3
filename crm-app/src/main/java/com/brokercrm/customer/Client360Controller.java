package com.brokercrm.customer;

import com.brokercrm.customer.ClientRows.TradeFilter;
import com.brokercrm.profiling.ProfileChart;
import com.brokercrm.profiling.ProfileStore;
import com.brokercrm.profiling.ProfileTexts;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The client 360 view and the sections it pages through with htmx. */
@Controller
class Client360Controller {

    static final int TRADES_PER_PAGE = 20;
    static final int FLOWS_PER_PAGE = 10;
    static final int CONTACTS_PER_PAGE = 10;

    private final ClientAccess access;
    private final ClientRecords records;
    private final ProfileStore profiles;
    private final ProfileTexts profileTexts;

    private final TransactionTemplate snapshot;

    Client360Controller(
            ClientAccess access,
            ClientRecords records,
            ProfileStore profiles,
            ProfileTexts profileTexts,
            PlatformTransactionManager transactions) {
        this.access = access;
        this.records = records;
        this.profiles = profiles;
        this.profileTexts = profileTexts;
        this.snapshot = new TransactionTemplate(transactions);
    }

    @GetMapping("/clients/{id}")
    String view(@PathVariable String id, Model model, Locale locale) {
        ClientDetail client = access.open(id, "360");
        model.addAttribute("client", client);
        model.addAttribute("clientId", id);
        model.addAttribute("filter", TradeFilter.none());
        com.brokercrm.contact.ContactOptions.addTo(model);
        // one connection and one consistent snapshot for all sections (the audit entry is already committed)
        snapshot.executeWithoutResult(status -> {
            model.addAttribute("assetJson", AssetChart.json(records.assets(id)));
            model.addAttribute("holdings", records.holdings(id));
            model.addAttribute("trades", records.trades(id, TradeFilter.none(), 0, TRADES_PER_PAGE));
            model.addAttribute("flows", records.fundFlows(id, 0, FLOWS_PER_PAGE));
            model.addAttribute("contacts", records.contacts(id, 0, CONTACTS_PER_PAGE));
            // the value, risk, habits and needs cards: the not-scored state until a model run wrote a profile
            profiles.latest(id).ifPresent(profile -> {
                model.addAttribute("profile", profileTexts.view(profile, locale));
                model.addAttribute("profileJson", ProfileChart.json(profiles.history(id)));
            });
        });
        return "customer/view";
    }

    @GetMapping("/clients/{id}/trades")
    String trades(
            @PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String side,
            @RequestParam(required = false) String code,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        TradeFilter filter = new TradeFilter(from, to, side, code);
        access.check(id, "trades");
        model.addAttribute("clientId", id);
        model.addAttribute("filter", filter);
        model.addAttribute("trades", records.trades(id, filter, Math.max(0, page), TRADES_PER_PAGE));
        return "customer/view :: trades";
    }

    @GetMapping("/clients/{id}/flows")
    String flows(@PathVariable String id, @RequestParam(defaultValue = "0") int page, Model model) {
        access.check(id, "fund flows");
        model.addAttribute("clientId", id);
        model.addAttribute("flows", records.fundFlows(id, Math.max(0, page), FLOWS_PER_PAGE));
        return "customer/view :: flows";
    }

    @GetMapping("/clients/{id}/contacts")
    String contacts(@PathVariable String id, @RequestParam(defaultValue = "0") int page, Model model) {
        access.check(id, "contacts");
        model.addAttribute("clientId", id);
        com.brokercrm.contact.ContactOptions.addTo(model);
        model.addAttribute("contacts", records.contacts(id, Math.max(0, page), CONTACTS_PER_PAGE));
        return "customer/view :: contacts";
    }
}
