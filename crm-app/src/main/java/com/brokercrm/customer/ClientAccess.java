package com.brokercrm.customer;

import com.brokercrm.compliance.AuditAction;
import com.brokercrm.compliance.AuditLog;
import com.brokercrm.compliance.AuditOutcome;
import com.brokercrm.security.CrmUser;
import com.brokercrm.security.DataScope;
import com.brokercrm.web.PageOf;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * The one way into client data for the UI and the API: every read is checked against the caller's data
 * scope and written to the audit log before any record is returned. Out of scope and missing both answer
 * {@link ClientNotFoundException}; the audit log records which it was (DENIED or NOT_FOUND).
 */
@Service
public class ClientAccess {

    public static final String TARGET = "customer";

    private final ClientRecords records;
    private final ClientDirectory directory;
    private final AuditLog audit;

    public ClientAccess(ClientRecords records, ClientDirectory directory, AuditLog audit) {
        this.records = records;
        this.directory = directory;
        this.audit = audit;
    }

    /** The client's header, for the 360 view or the API's detail; audited as a view. */
    public ClientDetail open(String customerId, String section) {
        DataScope scope = CrmUser.currentScope();
        return records.detail(scope, customerId, LocalDate.now(ClientRecords.SHANGHAI))
                .map(detail -> {
                    audit.record(AuditAction.CLIENT_VIEW, TARGET, customerId, section, AuditOutcome.OK);
                    return detail;
                })
                .orElseThrow(() -> refuse(customerId, section));
    }

    /** Checks and audits a read of one section of a client (trades, flows...), before it is read. */
    public void check(String customerId, String section) {
        if (!records.inScope(CrmUser.currentScope(), customerId)) {
            throw refuse(customerId, section);
        }
        audit.record(AuditAction.CLIENT_VIEW, TARGET, customerId, section, AuditOutcome.OK);
    }

    public PageOf<ClientSummary> search(ClientSearch search, String channel) {
        audit.record(AuditAction.CLIENT_SEARCH, TARGET, null, channel + ": " + search.describe(), AuditOutcome.OK);
        return directory.search(CrmUser.currentScope(), search);
    }

    private ClientNotFoundException refuse(String customerId, String section) {
        AuditOutcome outcome = records.exists(customerId) ? AuditOutcome.DENIED : AuditOutcome.NOT_FOUND;
        audit.record(AuditAction.CLIENT_VIEW, TARGET, customerId, section, outcome);
        return new ClientNotFoundException(customerId);
    }
}
