package com.brokercrm.profiling;

import com.brokercrm.profiling.ProfileStore.BranchLine;
import com.brokercrm.profiling.ProfileStore.Summary;
import com.brokercrm.security.CrmUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The profile dashboard: the tier pyramid, the risk-class mix, the needs found and the level mismatches
 * to review per branch, over the clients of the user's data scope on one as-of date.
 */
@Controller
class ProfileDashboardController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProfileStore store;
    private final ProfileTexts texts;
    private final MessageSource messages;

    ProfileDashboardController(ProfileStore store, ProfileTexts texts, MessageSource messages) {
        this.store = store;
        this.texts = texts;
        this.messages = messages;
    }

    @GetMapping("/profiles")
    String dashboard(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model,
            Locale locale) {
        Summary summary = store.summary(CrmUser.currentScope(), asOf);
        model.addAttribute("summary", summary);
        model.addAttribute("needLabels", needLabels(summary, locale));
        model.addAttribute("chartJson", chartJson(summary, locale));
        return "profiling/dashboard";
    }

    private Map<String, String> needLabels(Summary summary, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        summary.needs().keySet().forEach(tag -> out.put(tag, texts.need(tag, locale)));
        return out;
    }

    /**
     * The charts' data with their labels already in the page's language. It goes into an attribute, which
     * the template escapes, so a branch name can hold any character.
     */
    private String chartJson(Summary summary, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("tiers", named(summary.tiers(), "tier.", locale));
        chart.put("riskClasses", named(summary.riskClasses(), "profile.riskClass.", locale));
        List<Map<String, Object>> needs = new ArrayList<>();
        summary.needs()
                .forEach((tag, n) -> needs.add(Map.of("code", tag, "name", texts.need(tag, locale), "value", n)));
        chart.put("needs", needs);
        List<String> branches = new ArrayList<>();
        List<Long> review = new ArrayList<>();
        List<Long> above = new ArrayList<>();
        for (BranchLine line : summary.branches()) {
            branches.add(line.branchName() == null ? line.branchId() : line.branchName());
            review.add(line.levelReview());
            above.add(line.impliedAbove());
        }
        chart.put("branches", branches);
        chart.put("review", review);
        chart.put("impliedAbove", above);
        chart.put(
                "labels",
                Map.of(
                        "review", messages.getMessage("profiles.review", null, locale),
                        "impliedAbove", messages.getMessage("profiles.impliedAbove", null, locale),
                        "clients", messages.getMessage("profiles.clients", null, locale)));
        return JSON.writeValueAsString(chart);
    }

    private List<Map<String, Object>> named(Map<String, Long> counts, String prefix, Locale locale) {
        List<Map<String, Object>> out = new ArrayList<>();
        counts.forEach((code, n) -> out.add(
                Map.of("code", code, "name", messages.getMessage(prefix + code, null, code, locale), "value", n)));
        return out;
    }
}
