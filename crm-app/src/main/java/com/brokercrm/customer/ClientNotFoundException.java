package com.brokercrm.customer;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such client for this caller: either it does not exist or it lies outside the caller's data scope.
 * The two are answered alike (404) so that ids cannot be probed; the audit log tells them apart.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ClientNotFoundException extends RuntimeException {

    private final String customerId;

    public ClientNotFoundException(String customerId) {
        super("no client " + customerId);
        this.customerId = customerId;
    }

    public String customerId() {
        return customerId;
    }
}
