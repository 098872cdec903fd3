package com.brokercrm.service;

import com.brokercrm.contact.ContactChannel;
import com.brokercrm.contact.ContactLog;
import com.brokercrm.contact.NewContact;
import com.brokercrm.customer.ClientNotFoundException;
import com.brokercrm.security.CrmUser;
import com.brokercrm.security.DataScope;
import com.brokercrm.web.PageOf;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My tasks": the MOT tasks of the user's clients, their completion, and the completion report. */
@Controller
class TaskController {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final TaskStore tasks;
    private final ContactLog contacts;
    private final com.brokercrm.customer.ClientAccess access;
    private final TaskDetail details;

    TaskController(
            TaskStore tasks, ContactLog contacts, com.brokercrm.customer.ClientAccess access, TaskDetail details) {
        this.details = details;
        this.tasks = tasks;
        this.contacts = contacts;
        this.access = access;
    }

    @GetMapping("/tasks")
    String list(
            @RequestParam(defaultValue = "OPEN") String status,
            @RequestParam(defaultValue = "true") boolean mine,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CrmUser me = CrmUser.current().orElseThrow();
        String staff = me.account().staffId();
        String assignee = mine && staff != null ? staff : null;
        String filter = status.isBlank() || "ALL".equals(status) ? null : status;
        PageOf<TaskStore.Task> list = tasks.list(me.scope(), filter, assignee, null, PageOf.clampPage(page), 25);
        model.addAttribute("tasks", list);
        model.addAttribute("status", filter == null ? "ALL" : filter);
        model.addAttribute("mine", assignee != null);
        model.addAttribute("canFilterMine", staff != null);
        model.addAttribute("today", LocalDate.now(SHANGHAI));
        model.addAttribute("channels", ContactChannel.values());
        return "service/tasks";
    }

    /** The open tasks of one client, for the 360 view's tasks section. */
    @GetMapping("/clients/{id}/tasks")
    String clientTasks(@PathVariable String id, Model model) {
        access.check(id, "tasks");
        model.addAttribute("tasks", tasks.list(CrmUser.currentScope(), "OPEN", null, id, 0, 10));
        model.addAttribute("today", LocalDate.now(SHANGHAI));
        return "service/client-tasks :: tasks";
    }

    @PostMapping("/tasks/{id}/complete")
    String complete(
            @PathVariable long id,
            @RequestParam ContactChannel channel,
            @RequestParam String outcome,
            RedirectAttributes redirect) {
        CrmUser me = CrmUser.current().orElseThrow();
        TaskStore.Task task = tasks.find(me.scope(), id).orElseThrow(() -> new ClientNotFoundException("task " + id));
        if (!"OPEN".equals(task.status())) {
            redirect.addFlashAttribute("taskMessage", "tasks.alreadyDone");
            return "redirect:/tasks";
        }
        try {
            String contactId = contacts.log(
                    task.customerId(),
                    new NewContact(
                            channel,
                            LocalDateTime.now(SHANGHAI),
                            null,
                            "MOT " + task.rule().name(),
                            outcome,
                            Set.of(),
                            null,
                            details.words(task.detail())));
            tasks.complete(id, me.getUsername(), outcome, contactId);
            redirect.addFlashAttribute("taskMessage", "tasks.completed");
        } catch (ContactLog.Invalid e) {
            redirect.addFlashAttribute("taskMessage", e.problems().get(0).messageKey());
        }
        return "redirect:/tasks";
    }

    @GetMapping("/tasks/report")
    String report(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        DataScope scope = CrmUser.currentScope();
        LocalDate today = LocalDate.now(SHANGHAI);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(30) : from;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("byManager", tasks.completion(scope, false, start, end, today));
        model.addAttribute("byBranch", tasks.completion(scope, true, start, end, today));
        return "service/report";
    }
}
