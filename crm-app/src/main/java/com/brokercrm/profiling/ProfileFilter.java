package com.brokercrm.profiling;

import com.brokercrm.compliance.AuditCriteria;
import com.brokercrm.web.PageOf;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which profiles a list shows: an as-of date (empty: the latest), tier, risk class, a need tag, a branch,
 * only level mismatches, a sort and a page. An unknown tier, class or a malformed tag is refused
 * ({@link IllegalArgumentException}, a 400 for the API).
 */
public record ProfileFilter(
        LocalDate asOf,
        String tier,
        String riskClass,
        String need,
        String branchId,
        Boolean levelReview,
        String sort,
        boolean descending,
        int page,
        int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    private static final Pattern TAG = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** The columns a profile list may be sorted by, and the SQL each stands for. */
    static final Map<String, String> SORTS = Map.of(
            "value", "p.client_value",
            "percentile", "p.value_percentile",
            "potential", "p.potential_value",
            "risk", "p.risk_score",
            "id", "p.customer_id");

    public ProfileFilter {
        tier = upper(tier);
        riskClass = upper(riskClass);
        need = upper(need);
        branchId = branchId == null || branchId.isBlank() ? null : branchId.strip();
        if (tier != null && !ClientProfile.TIERS.contains(tier)) {
            throw new IllegalArgumentException("unknown tier " + tier + ": one of " + ClientProfile.TIERS);
        }
        if (riskClass != null && !ClientProfile.RISK_CLASSES.contains(riskClass)) {
            throw new IllegalArgumentException(
                    "unknown risk class " + riskClass + ": one of " + ClientProfile.RISK_CLASSES);
        }
        if (need != null && !TAG.matcher(need).matches()) {
            throw new IllegalArgumentException("a need is a tag such as CASH_MANAGEMENT");
        }
        if (sort == null || !SORTS.containsKey(sort)) {
            sort = "value";
        }
        page = PageOf.clampPage(page);
        size = PageOf.clampSize(size, DEFAULT_SIZE, MAX_SIZE);
    }

    /** A readable summary of the criteria, for the audit log. */
    public String describe() {
        return new AuditCriteria()
                .add("asOf", asOf)
                .add("tier", tier)
                .add("class", riskClass)
                .add("need", need)
                .add("branch", branchId)
                .add("review", levelReview)
                .add("sort", sort + (descending ? " desc" : ""))
                .add("page", page)
                .toString();
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
