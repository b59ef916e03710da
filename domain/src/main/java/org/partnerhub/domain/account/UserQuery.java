package org.partnerhub.domain.account;

/**
 * Filters for the user list; {@code withinPath} limits it to the users of a region's subtree (and the partner users,
 * who belong to no region).
 */
public record UserQuery(Role role, String text, Boolean enabled, String withinPath) {}
