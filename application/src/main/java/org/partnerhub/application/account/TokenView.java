package org.partnerhub.application.account;

import java.time.Instant;
import org.partnerhub.domain.account.ApiToken;

/** An API token as listed: never the token itself, only its first characters. */
public record TokenView(Long id, String username, String prefix, Instant createdAt, Instant expiresAt,
        Instant revokedAt, String revokedBy, boolean active) {

    static TokenView of(ApiToken token, Instant now) {
        return new TokenView(token.getId(), token.getUsername(), token.getPrefix(), token.getCreatedAt(),
                token.getExpiresAt(), token.getRevokedAt(), token.getRevokedBy(), token.isActive(now));
    }
}
