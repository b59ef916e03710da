package org.partnerhub.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.Message;

/**
 * A bearer token for a system. Only a hash of it is stored; the token itself is shown once, when issued. It acts for
 * the account that requested it, within that account's role and scope, until it expires or is revoked — or until the
 * account's session epoch moves on (disabled, password changed, role changed).
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "username", nullable = false, length = 32)
    private String username;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    /** The first characters of the token, so a person can tell tokens apart in a list. */
    @Column(name = "token_prefix", nullable = false, length = 12)
    private String prefix;

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 32)
    private String revokedBy;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(UserAccount user, String tokenHash, String prefix, Instant now, Instant expiresAt) {
        this.userId = Objects.requireNonNull(user.getId());
        this.username = user.getUsername().value();
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.prefix = prefix;
        this.sessionEpoch = user.getSessionEpoch();
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isActive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(String by, Instant now) {
        if (revokedAt != null) {
            throw new ConflictException(Message.of("token.alreadyRevoked"));
        }
        revokedAt = now;
        revokedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getUsername() {
        return username;
    }

    public String getPrefix() {
        return prefix;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
