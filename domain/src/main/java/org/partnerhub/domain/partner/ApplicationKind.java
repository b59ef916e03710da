package org.partnerhub.domain.partner;

/** A first application to join, or an admitted partner's request to change its name or credit code. */
public enum ApplicationKind {
    NEW,
    CHANGE
}
