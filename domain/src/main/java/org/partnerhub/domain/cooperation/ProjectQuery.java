package org.partnerhub.domain.cooperation;

/**
 * What a projects list asks for: the reader's scope (as for intents; the public sees only showcase cases) and filters.
 *
 * @param showcaseOnly only the district's showcase cases (the public page)
 */
public record ProjectQuery(boolean all, Long partnerId, String regionPath, boolean showcaseOnly, ProjectStatus status) {}
