package org.partnerhub.application.notification;

/**
 * A way of reaching people outside the browser. E-mail ({@link MailSender}) is the first; an SMS gateway or a WeChat
 * template-message adapter is another implementation of this interface, with the address it needs from the user's
 * contact data and a consumer channel of its own.
 */
public interface OutboundMessageSender {

    /** The consumer channel this sender serves ("mail", later "sms", "wechat"). */
    String channel();

    /** Whether the operator configured it; an unconfigured sender is not asked to send anything. */
    boolean configured();

    /**
     * Sends one message; throws when it could not be handed over (the dispatcher then retries).
     */
    void send(OutboundMessage message) throws Exception;
}
