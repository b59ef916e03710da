package org.partnerhub.application.need;

/**
 * A need was published (recorded as published, or a draft published). Fired inside the publishing transaction; other
 * contexts observe it after the commit (the matching context tells the partners whose items match it).
 */
public record NeedPublished(Long needId) {}
