package com.brokercrm.customer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ClientListController {

    private static final int PAGE_SIZE = 50;

    private final ClientDirectory clients;

    ClientListController(ClientDirectory clients) {
        this.clients = clients;
    }

    @GetMapping({"/", "/clients"})
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        long total = clients.count();
        int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), lastPage);
        model.addAttribute("clients", clients.page(current, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("lastPage", lastPage);
        return "customer/list";
    }
}
