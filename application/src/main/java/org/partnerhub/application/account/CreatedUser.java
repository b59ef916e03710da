package org.partnerhub.application.account;

/** A new account and its temporary password, shown once to the administrator and to be changed at first sign-in. */
public record CreatedUser(UserView user, String temporaryPassword) {}
