package com.brokercrm.customer;

import com.brokercrm.compliance.AuditCriteria;
import com.brokercrm.web.PageOf;
import java.util.Map;

/**
 * A client search as staff type it: free text (name, client id, last digits of the phone, or an ID number
 * with {@code *} for hidden digits) and filters, a sort and a page. The profile filters (tier, risk class,
 * need tag) look at the latest scored as-of date of {@code customer_profile}.
 */
public record ClientSearch(
        String text,
        String branchId,
        String managerId,
        String status,
        String riskLevel,
        String tier,
        String riskClass,
        String need,
        String sort,
        boolean descending,
        int page,
        int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** The columns a list may be sorted by, and the SQL each stands for. */
    static final Map<String, String> SORTS = Map.of(
            "id", "c.customer_id",
            "name", "c.name",
            "openDate", "c.open_date",
            "branch", "b.name",
            "status", "c.status",
            "riskLevel", "c.risk_level");

    public ClientSearch {
        text = blankToNull(text);
        branchId = blankToNull(branchId);
        managerId = blankToNull(managerId);
        status = blankToNull(status);
        riskLevel = blankToNull(riskLevel);
        tier = upper(tier);
        riskClass = upper(riskClass);
        need = upper(need);
        sort = sort != null && SORTS.containsKey(sort) ? sort : "id";
        page = PageOf.clampPage(page);
        size = PageOf.clampSize(size, DEFAULT_SIZE, MAX_SIZE);
    }

    /** A search without profile filters. */
    public ClientSearch(
            String text,
            String branchId,
            String managerId,
            String status,
            String riskLevel,
            String sort,
            boolean descending,
            int page,
            int size) {
        this(text, branchId, managerId, status, riskLevel, null, null, null, sort, descending, page, size);
    }

    public static ClientSearch firstPage() {
        return new ClientSearch(null, null, null, null, null, "id", false, 0, DEFAULT_SIZE);
    }

    /** Whether the search filters on the clients' profiles. */
    public boolean byProfile() {
        return tier != null || riskClass != null || need != null;
    }

    /** A readable summary of the criteria, for the audit log. */
    public String describe() {
        return new AuditCriteria()
                .add("q", text)
                .add("branch", branchId)
                .add("manager", managerId)
                .add("status", status)
                .add("level", riskLevel)
                .add("tier", tier)
                .add("class", riskClass)
                .add("need", need)
                .add("sort", sort + (descending ? " desc" : ""))
                .add("page", page)
                .toString();
    }

    private static String upper(String value) {
        String v = blankToNull(value);
        return v == null ? null : v.toUpperCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
