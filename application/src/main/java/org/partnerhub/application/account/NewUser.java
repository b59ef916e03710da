package org.partnerhub.application.account;

import org.partnerhub.domain.account.Role;

/** What an administrator fills in to create an account; the password is generated. */
public record NewUser(String username, String displayName, Role role, String regionCode, Long partnerId, String phone) {}
