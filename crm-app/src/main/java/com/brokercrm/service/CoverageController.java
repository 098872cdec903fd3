package com.brokercrm.service;

import com.brokercrm.security.CrmUser;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Care plans per tier and how well they are kept, per branch and manager, within the user's scope. */
@Controller
class CoverageController {

    private final Coverage coverage;
    private final CarePlans plans;

    CoverageController(Coverage coverage, CarePlans plans) {
        this.coverage = coverage;
        this.plans = plans;
    }

    @GetMapping("/service/coverage")
    String coverage(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneId.of("Asia/Shanghai"));
        model.addAttribute("report", coverage.report(CrmUser.currentScope(), day));
        model.addAttribute("plans", plans.all());
        return "service/coverage";
    }
}
