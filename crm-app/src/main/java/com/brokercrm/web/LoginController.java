package com.brokercrm.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("throttled", last instanceof LockedException);
        return "login";
    }
}
