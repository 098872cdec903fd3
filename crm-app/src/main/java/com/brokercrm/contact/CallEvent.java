package com.brokercrm.contact;

/**
 * What the telephony system reports about a call: RINGING (with the caller's number and the agent whose
 * phone rings), ANSWERED, ENDED. The agent is a BrokerCRM user name or a staff id.
 */
public record CallEvent(String callId, String state, String callerNumber, String agent) {

    public static final java.util.Set<String> STATES = java.util.Set.of("RINGING", "ANSWERED", "ENDED");
}
