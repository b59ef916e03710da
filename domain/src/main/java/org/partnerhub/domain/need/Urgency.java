package org.partnerhub.domain.need;

/** How soon a need should be met, from "when there is a chance" to "now". */
public enum Urgency {
    LOW,
    MEDIUM,
    HIGH,
    URGENT
}
