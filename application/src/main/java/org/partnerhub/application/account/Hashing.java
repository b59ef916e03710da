package org.partnerhub.application.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The configured password hasher, built once. */
@ApplicationScoped
public class Hashing {

    @Inject
    SecuritySettings settings;

    private PasswordHasher hasher;

    @PostConstruct
    void init() {
        hasher = new PasswordHasher(settings.pbkdf2Iterations());
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    static String tokenHash(String token) {
        return PasswordHasher.sha256(token);
    }
}
