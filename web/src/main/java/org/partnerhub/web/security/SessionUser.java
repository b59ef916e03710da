package org.partnerhub.web.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a signed-in session remembers: only who and since when. Everything else (role, scope, whether the account is
 * still enabled) is re-read on every request, so that a change takes effect at once.
 */
public record SessionUser(Long userId, int sessionEpoch, Instant signedInAt) implements Serializable {

    public static final String ATTRIBUTE = "partnerhub.user";
}
