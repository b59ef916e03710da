package org.partnerhub.application.account;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.application.shared.ClusterLock;
import org.partnerhub.application.shared.SchemaReady;
import org.partnerhub.domain.account.AccountRepository;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.PasswordHistoryEntry;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.account.UserAccount;
import org.partnerhub.domain.account.Username;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionRepository;

/**
 * The first account: on a start with no district administrator, {@code admin} is created for the host district with
 * the password in {@code PARTNERHUB_ADMIN_PASSWORD}, or, without one, a random password printed once to the log that
 * must be changed at the first sign-in. There is no other default account.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    ClusterLock lock;

    @Inject
    Creator creator;

    void onStart(@Observes @Priority(200) SchemaReady ready) {
        lock.withLock("partnerhub.first-admin", 60, () -> {
            creator.createIfNone();
            return null;
        });
    }

    /** The transactional part, separate so that it runs inside the lock. */
    @ApplicationScoped
    public static class Creator {

        @Inject
        AccountRepository accounts;

        @Inject
        RegionRepository regions;

        @Inject
        SecuritySettings settings;

        @Inject
        Hashing hashing;

        @Inject
        AuditLog audit;

        @Inject
        Clock clock;

        @Transactional
        public void createIfNone() {
            if (accounts.anyWithRole(Role.DISTRICT_ADMIN)) {
                return;
            }
            Optional<Region> district = regions.findByCode(settings.districtCode());
            if (district.isEmpty()) {
                LOG.severe(() -> "No district " + settings.districtCode() + " in the region tree: no administrator created");
                return;
            }
            if (accounts.findByUsername(Username.of("admin")).isPresent()) {
                LOG.severe("There is no enabled district administrator, and the name 'admin' is taken by another "
                        + "account: no administrator created; enable or re-role an administrator in the database");
                return;
            }
            Optional<String> configured = settings.adminPassword();
            String password = configured.orElseGet(Secrets::temporaryPassword);
            boolean weak = configured.isPresent()
                    && !settings.passwordPolicy().violations(password, Username.of("admin")).isEmpty();
            if (weak) {
                LOG.warning("PARTNERHUB_ADMIN_PASSWORD does not follow the password rules: it works once and must be "
                        + "changed at the first sign-in");
            }
            Instant now = clock.instant();
            String hash = hashing.hasher().hash(password);
            UserAccount admin = UserAccount.create(Username.of("admin"), "系统管理员", Role.DISTRICT_ADMIN, district.get(),
                    null, hash, configured.isEmpty() || weak, now);
            accounts.add(admin);
            accounts.addPasswordHistory(new PasswordHistoryEntry(admin.getId(), hash, now));
            audit.record(Actor.system(), AuditAction.USER_CREATED, "user", admin.getId(), AuditOutcome.SUCCESS,
                    "first district administrator");
            if (configured.isEmpty()) {
                LOG.warning(() -> "Created the first administrator 'admin' with the one-time password " + password
                        + " — it must be changed at the first sign-in. Set PARTNERHUB_ADMIN_PASSWORD to choose it.");
            } else {
                LOG.info("Created the first administrator 'admin' with the password from PARTNERHUB_ADMIN_PASSWORD");
            }
        }
    }
}
