package org.partnerhub.domain.cooperation;

/**
 * Where a partnership project is: in progress from the agreement, delivered once its community confirmed delivery and
 * evaluated it, or cancelled (either side, with a reason) before that. DELIVERED and CANCELLED are final.
 */
public enum ProjectStatus {
    IN_PROGRESS,
    DELIVERED,
    CANCELLED
}
