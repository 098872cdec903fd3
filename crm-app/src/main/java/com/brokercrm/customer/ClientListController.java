package com.brokercrm.customer;

import com.brokercrm.profiling.ClientProfile;
import com.brokercrm.profiling.ProfileStore;
import com.brokercrm.security.CrmUser;
import com.brokercrm.security.DataScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Client search: the whole page, or only the result table when htmx asks for it. */
@Controller
class ClientListController {

    private final ClientAccess access;
    private final ClientDirectory directory;
    private final ProfileStore profiles;

    ClientListController(ClientAccess access, ClientDirectory directory, ProfileStore profiles) {
        this.access = access;
        this.directory = directory;
        this.profiles = profiles;
    }

    @GetMapping({"/", "/clients"})
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String branch,
            @RequestParam(required = false) String manager,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String riskClass,
            @RequestParam(required = false) String need,
            @RequestParam(defaultValue = "id") String sort,
            @RequestParam(defaultValue = "false") boolean desc,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        ClientSearch search = new ClientSearch(
                q, branch, manager, status, level, tier, riskClass, need, sort, desc, page, ClientSearch.DEFAULT_SIZE);
        model.addAttribute("search", search);
        var results = access.search(search, "web");
        model.addAttribute("results", results);
        // tier and risk class of the page's clients: one keyed read of at most a page of profiles
        var profileDate = profiles.latestAsOf().orElse(null);
        model.addAttribute("profileDate", profileDate);
        model.addAttribute(
                "badges",
                profiles.badges(
                        profileDate,
                        results.items().stream().map(ClientSummary::customerId).toList()));
        if (htmx != null) {
            return "customer/list :: results";
        }
        DataScope scope = CrmUser.currentScope();
        model.addAttribute("branches", directory.branches(scope));
        model.addAttribute("managers", directory.managers(scope, search.branchId()));
        model.addAttribute("statuses", java.util.List.of("ACTIVE", "DORMANT", "CLOSED", "TRANSFERRED_OUT"));
        model.addAttribute("levels", java.util.List.of("C1", "C2", "C3", "C4", "C5"));
        model.addAttribute("tiers", ClientProfile.TIERS);
        model.addAttribute("riskClasses", ClientProfile.RISK_CLASSES);
        model.addAttribute("needs", ClientProfile.NEEDS);
        return "customer/list";
    }
}
