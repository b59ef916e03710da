package org.partnerhub.application.account;

import java.time.Instant;
import org.partnerhub.domain.account.Actor;

/**
 * The answer to a sign-in. A failure says nothing about why (unknown name, wrong password, disabled, locked all look
 * the same); only throttling is told apart, because the caller must wait.
 */
public sealed interface LoginResult {

    record Success(Actor actor, int sessionEpoch, Instant signedInAt, boolean passwordChangeDue) implements LoginResult {}

    record Failure(boolean throttled) implements LoginResult {}
}
