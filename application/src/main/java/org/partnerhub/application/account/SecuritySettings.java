package org.partnerhub.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partnerhub.domain.account.PasswordPolicy;
import org.partnerhub.domain.region.RegionCode;

/**
 * The security settings, all from MicroProfile Config (so each can be set as an environment variable, e.g.
 * {@code PARTNERHUB_SESSION_IDLE_TIMEOUT=PT30M}). The defaults are the 等保 2.0 level-2 values; docs/SECURITY.md
 * lists them.
 */
@ApplicationScoped
public class SecuritySettings {

    @Inject
    @ConfigProperty(name = "partnerhub.password.min-length", defaultValue = "8")
    int minLength;

    @Inject
    @ConfigProperty(name = "partnerhub.password.min-classes", defaultValue = "3")
    int minClasses;

    @Inject
    @ConfigProperty(name = "partnerhub.password.history", defaultValue = "5")
    int history;

    @Inject
    @ConfigProperty(name = "partnerhub.password.max-age", defaultValue = "P90D")
    Duration maxAge;

    @Inject
    @ConfigProperty(name = "partnerhub.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "partnerhub.login.lock-duration", defaultValue = "PT15M")
    Duration lockDuration;

    @Inject
    @ConfigProperty(name = "partnerhub.login.address-max-failures", defaultValue = "20")
    int addressMaxFailures;

    @Inject
    @ConfigProperty(name = "partnerhub.login.address-window", defaultValue = "PT15M")
    Duration addressWindow;

    @Inject
    @ConfigProperty(name = "partnerhub.session.idle-timeout", defaultValue = "PT30M")
    Duration sessionIdleTimeout;

    @Inject
    @ConfigProperty(name = "partnerhub.session.absolute-timeout", defaultValue = "PT12H")
    Duration sessionAbsoluteTimeout;

    @Inject
    @ConfigProperty(name = "partnerhub.token.validity", defaultValue = "P90D")
    Duration tokenValidity;

    @Inject
    @ConfigProperty(name = "partnerhub.password.pbkdf2-iterations", defaultValue = "310000")
    int pbkdf2Iterations;

    @Inject
    @ConfigProperty(name = "partnerhub.district-code", defaultValue = "510108")
    String districtCode;

    @Inject
    @ConfigProperty(name = "partnerhub.admin.password")
    Optional<String> adminPassword;

    public PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(minLength, minClasses, history, maxAge, maxFailures, lockDuration);
    }

    public int addressMaxFailures() {
        return addressMaxFailures;
    }

    public Duration addressWindow() {
        return addressWindow;
    }

    public Duration sessionIdleTimeout() {
        return sessionIdleTimeout;
    }

    public Duration sessionAbsoluteTimeout() {
        return sessionAbsoluteTimeout;
    }

    public Duration tokenValidity() {
        return tokenValidity;
    }

    public int pbkdf2Iterations() {
        return pbkdf2Iterations;
    }

    public RegionCode districtCode() {
        return RegionCode.of(districtCode);
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(p -> !p.isBlank());
    }
}
