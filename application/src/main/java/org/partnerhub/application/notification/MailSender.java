package org.partnerhub.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** E-mail through Jakarta Mail (the server's own implementation) to the configured SMTP server. */
@ApplicationScoped
public class MailSender implements OutboundMessageSender {

    public static final String CHANNEL = "mail";
    private static final String TIMEOUT_MS = "20000";

    @Inject
    MailSettings settings;

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    @Override
    public void send(OutboundMessage message) throws Exception {
        Session session = session();
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(settings.from()));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.to(), true));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setText(message.body(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        Transport.send(mime);
    }

    private Session session() {
        String host = settings.host().orElseThrow(() -> new IllegalStateException("No SMTP host configured"));
        Properties props = new Properties();
        String p = "mail.smtp.";
        props.put(p + "host", host);
        props.put(p + "port", String.valueOf(settings.port()));
        props.put(p + "connectiontimeout", TIMEOUT_MS);
        props.put(p + "timeout", TIMEOUT_MS);
        props.put(p + "writetimeout", TIMEOUT_MS);
        if (settings.tls() == MailSettings.Tls.STARTTLS) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (settings.tls() == MailSettings.Tls.SSL) {
            props.put("mail.smtp.ssl.enable", "true");
        }
        if (settings.tls() != MailSettings.Tls.NONE) {
            props.put(p + "ssl.checkserveridentity", "true");
        }
        Authenticator authenticator = null;
        if (settings.user().isPresent()) {
            props.put(p + "auth", "true");
            String user = settings.user().get();
            String password = settings.password().orElse("");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        return Session.getInstance(props, authenticator);
    }
}
