package org.partnerhub.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP settings, from MicroProfile Config (environment: {@code PARTNERHUB_SMTP_HOST}, {@code _PORT}, {@code _TLS}
 * = none, starttls or ssl, {@code _USER}, {@code _PASSWORD}, {@code _FROM}); e-mail is off while no host is set. And
 * {@code PARTNERHUB_PUBLIC_URL}, the address people open the platform at, for the links in e-mails.
 */
@ApplicationScoped
public class MailSettings {

    /** How the connection to the SMTP server is protected. */
    public enum Tls { NONE, STARTTLS, SSL }

    @Inject
    @ConfigProperty(name = "partnerhub.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "partnerhub.smtp.port")
    Optional<Integer> port;

    @Inject
    @ConfigProperty(name = "partnerhub.smtp.tls", defaultValue = "starttls")
    String tls;

    @Inject
    @ConfigProperty(name = "partnerhub.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "partnerhub.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "partnerhub.smtp.from")
    Optional<String> from;

    @Inject
    @ConfigProperty(name = "partnerhub.public-url")
    Optional<String> publicUrl;

    public boolean configured() {
        return host().isPresent();
    }

    public Optional<String> host() {
        return host.map(String::strip).filter(h -> !h.isEmpty());
    }

    public Tls tls() {
        try {
            return Tls.valueOf(tls.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PARTNERHUB_SMTP_TLS must be none, starttls or ssl, not " + tls);
        }
    }

    public int port() {
        return port.orElse(switch (tls()) {
            case SSL -> 465;
            case STARTTLS -> 587;
            case NONE -> 25;
        });
    }

    public Optional<String> user() {
        return user.map(String::strip).filter(u -> !u.isEmpty());
    }

    public Optional<String> password() {
        return password.filter(p -> !p.isEmpty());
    }

    /** The sender address; without one, {@code noreply@<host>}. */
    public String from() {
        return from.map(String::strip).filter(f -> !f.isEmpty()).orElse("noreply@" + host().orElse("localhost"));
    }

    /** The links in e-mails: absolute when the public address is known, the page's path otherwise. */
    public String link(String path) {
        if (path == null) {
            return null;
        }
        return publicUrl.map(String::strip).filter(u -> !u.isEmpty())
                .map(u -> u.replaceAll("/+$", "") + path)
                .orElse(path);
    }
}
