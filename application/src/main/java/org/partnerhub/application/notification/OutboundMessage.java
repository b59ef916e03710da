package org.partnerhub.application.notification;

import java.util.Objects;

/** One message to one person outside the browser: the address on the channel, a subject and a plain-text body. */
public record OutboundMessage(String to, String subject, String body) {

    public OutboundMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public String toString() {
        return "OutboundMessage[" + subject + "]"; // never the address: it is personal data
    }
}
