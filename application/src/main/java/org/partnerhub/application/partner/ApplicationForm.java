package org.partnerhub.application.partner;

import java.util.List;
import org.partnerhub.domain.partner.PartnerType;

/** What an applicant fills in, as typed; the onboarding service checks every field and reports all problems at once. */
public record ApplicationForm(String name, PartnerType type, String creditCode, String legalRepresentative,
        String contactName, String contactPhone, String homeRegionCode, List<String> serviceRegionCodes,
        List<String> categoryCodes, String introduction, Boolean consent) {}
