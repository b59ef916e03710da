package org.partnerhub.application.partner;

/** The privacy notice an applicant consents to; its version is stored with the consent. Bump it when the text changes. */
public final class PrivacyNotice {

    public static final String VERSION = "2026-11";

    private PrivacyNotice() {}
}
