package com.brokercrm.security;

import com.brokercrm.compliance.AuditAction;
import com.brokercrm.compliance.AuditLog;
import com.brokercrm.compliance.AuditOutcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Head-office administrators manage users and roles here. Every change is audited. */
@Controller
class UserAdminController {

    private final UserAccounts accounts;
    private final AuditLog audit;

    UserAdminController(UserAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String create(
            @RequestParam String username,
            @RequestParam(required = false) String displayName,
            @RequestParam Role role,
            @RequestParam(required = false) String staffId,
            RedirectAttributes redirect) {
        String password = UserAccounts.randomPassword();
        try {
            accounts.create(username, displayName, role, staffId, password);
            audit.record(AuditAction.USER_CHANGE, "user", username, "created as " + role, AuditOutcome.OK);
            redirect.addFlashAttribute("created", username);
            redirect.addFlashAttribute("password", password);
        } catch (UserAccounts.Refused e) {
            audit.record(
                    AuditAction.USER_CHANGE,
                    "user",
                    username,
                    "create refused: " + e.getMessage(),
                    AuditOutcome.FAILED);
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}")
    String update(
            @PathVariable String username,
            @RequestParam Role role,
            @RequestParam(required = false) String staffId,
            @RequestParam(defaultValue = "false") boolean enabled,
            RedirectAttributes redirect) {
        try {
            accounts.update(username, role, staffId, enabled);
            audit.record(
                    AuditAction.USER_CHANGE,
                    "user",
                    username,
                    "role " + role + ", staff " + staffId + ", enabled " + enabled,
                    AuditOutcome.OK);
            redirect.addFlashAttribute("updated", username);
        } catch (UserAccounts.Refused e) {
            audit.record(
                    AuditAction.USER_CHANGE,
                    "user",
                    username,
                    "update refused: " + e.getMessage(),
                    AuditOutcome.FAILED);
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/password")
    String resetPassword(@PathVariable String username, RedirectAttributes redirect) {
        String password = UserAccounts.randomPassword();
        try {
            accounts.setPassword(username, password);
            audit.record(AuditAction.USER_CHANGE, "user", username, "password reset", AuditOutcome.OK);
            redirect.addFlashAttribute("created", username);
            redirect.addFlashAttribute("password", password);
        } catch (UserAccounts.Refused e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/admin/users";
    }
}
