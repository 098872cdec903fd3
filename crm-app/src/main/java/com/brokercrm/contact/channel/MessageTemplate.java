package com.brokercrm.contact.channel;

/**
 * What a message says. Every template's subject and paragraphs are message keys
 * ({@code message.<TEMPLATE>.subject}, {@code message.<TEMPLATE>.body}) in messages*.properties, written in
 * the client's language; {@link #TEXT} carries the sender's own words.
 */
public enum MessageTemplate {
    /** The sender's own text (and subject, for e-mail). */
    TEXT,
    /** Thanks after a contact, with the manager as the person to call. */
    FOLLOW_UP,
    /** The suitability questionnaire is about to expire. */
    ASSESSMENT_REMINDER,
    /** An invitation to rate a contact through a signed link. */
    SURVEY
}
