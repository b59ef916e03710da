package org.partnerhub.domain.partner;

/** The kinds of organisation that can become partners. */
public enum PartnerType {
    SOCIAL_ORGANIZATION,
    COMMUNITY_SOCIAL_ORGANIZATION,
    SOCIAL_ENTERPRISE,
    INDUSTRY_ASSOCIATION,
    ENTERPRISE,
    VOLUNTEER_TEAM,
    PUBLIC_INSTITUTION
}
