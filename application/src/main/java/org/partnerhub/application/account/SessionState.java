package org.partnerhub.application.account;

import org.partnerhub.domain.account.Actor;

/** A signed-in session that is still valid, as re-checked on every request. */
public record SessionState(Actor actor, boolean passwordChangeDue) {}
