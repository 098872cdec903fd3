package com.brokercrm.service;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An intraday event about a client, as the core system or the margin system sends it. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ClientEvent.FundFlow.class, name = "FUND_FLOW"),
    @JsonSubTypes.Type(value = ClientEvent.Margin.class, name = "MARGIN"),
    @JsonSubTypes.Type(value = ClientEvent.Trade.class, name = "TRADE")
})
public sealed interface ClientEvent {

    String customerId();

    LocalDate date();

    /** Money in or out of the account: direction IN or OUT, amount > 0. */
    record FundFlow(String customerId, String flowId, String direction, BigDecimal amount, LocalDate date)
            implements ClientEvent {}

    /** The client's margin position: cash, market value and margin debt right now. */
    record Margin(String customerId, BigDecimal cash, BigDecimal marketValue, BigDecimal marginDebt, LocalDate date)
            implements ClientEvent {}

    /** A trade was executed. */
    record Trade(String customerId, String tradeId, LocalDate date) implements ClientEvent {}
}
