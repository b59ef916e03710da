package org.partnerhub.application.account;

import java.time.Instant;

/** A new API token: the only time the token itself is seen. */
public record IssuedToken(Long id, String token, Instant expiresAt) {}
