package org.partnerhub.application.account;

import org.partnerhub.domain.account.Role;

/** An administrator's change to an account's name, role, scope and phone. */
public record UserChange(String displayName, Role role, String regionCode, Long partnerId, String phone) {}
