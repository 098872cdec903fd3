package com.brokercrm.customer;

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

    ClientListController(ClientAccess access, ClientDirectory directory) {
        this.access = access;
        this.directory = directory;
    }

    @GetMapping({"/", "/clients"})
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String branch,
            @RequestParam(required = false) String manager,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String level,
            @RequestParam(defaultValue = "id") String sort,
            @RequestParam(defaultValue = "false") boolean desc,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        ClientSearch search =
                new ClientSearch(q, branch, manager, status, level, sort, desc, page, ClientSearch.DEFAULT_SIZE);
        model.addAttribute("search", search);
        model.addAttribute("results", access.search(search, "web"));
        if (htmx != null) {
            return "customer/list :: results";
        }
        DataScope scope = CrmUser.currentScope();
        model.addAttribute("branches", directory.branches(scope));
        model.addAttribute("managers", directory.managers(scope, search.branchId()));
        model.addAttribute("statuses", java.util.List.of("ACTIVE", "DORMANT", "CLOSED", "TRANSFERRED_OUT"));
        model.addAttribute("levels", java.util.List.of("C1", "C2", "C3", "C4", "C5"));
        return "customer/list";
    }
}
