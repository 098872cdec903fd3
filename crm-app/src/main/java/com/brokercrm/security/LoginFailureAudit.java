package com.brokercrm.security;

import com.brokercrm.compliance.AuditAction;
import com.brokercrm.compliance.AuditLog;
import com.brokercrm.compliance.AuditOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Every failed login, by form or by HTTP Basic, goes to the audit log with the name that was tried. */
@Component
class LoginFailureAudit {

    private final AuditLog audit;

    LoginFailureAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        audit.record(
                event.getAuthentication().getName(),
                null,
                AuditAction.LOGIN_FAILED,
                null,
                null,
                event.getException().getMessage(),
                address,
                AuditOutcome.FAILED);
    }
}
