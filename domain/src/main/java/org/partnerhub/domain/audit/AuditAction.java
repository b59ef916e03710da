package org.partnerhub.domain.audit;

/** What an audit event records. New actions are added as contexts arrive; names never change (they are stored). */
public enum AuditAction {
    LOGIN,
    LOGOUT,
    ACCOUNT_LOCKED,
    SESSION_EXPIRED,
    ACCESS_DENIED,
    USER_CREATED,
    USER_UPDATED,
    USER_DISABLED,
    USER_ENABLED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    TOKEN_ISSUED,
    TOKEN_REVOKED,
    TOKEN_REJECTED,
    REGIONS_IMPORTED,
    PERSONAL_DATA_VIEWED,
    DATA_EXPORTED,
    DECISION,
    APPLICATION_SUBMITTED,
    PARTNER_CHANGED,
    NEED_CHANGED,
    NEEDS_IMPORTED,
    VISIT_RECORDED,
    PAIN_POINT_CHANGED,
    FUND_SET,
    SUPPLY_CHANGED,
    SUPPLIES_IMPORTED,
    INTENT_CHANGED,
    PROJECT_CHANGED,
    // webhooks (issue 14): subscribed, deleted, disabled after failing, enabled again
    WEBHOOK_CHANGED
}
