package com.brokercrm.contact.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The outbox's waits between attempts, without Spring. */
class OutboxBackoffTest {

    @Test
    void waitsDoubleUpToTheLongest() {
        ChannelProperties.Outbox outbox = new ChannelProperties.Outbox(
                5, Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofMinutes(10), true);
        assertThat(outbox.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(outbox.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(outbox.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(outbox.delayAfter(4)).isEqualTo(Duration.ofMinutes(5));
        assertThat(outbox.delayAfter(40)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void withoutAnSmtpServerEmailIsDisabledWithAClearReason() {
        EmailChannel email = new EmailChannel(null, "x@example.com");
        assertThat(email.disabledReason()).contains("no SMTP server", "spring.mail.host");
        assertThat(new LogOnlyChannel(com.brokercrm.contact.ContactChannel.SMS).disabledReason())
                .isNull();
    }
}
