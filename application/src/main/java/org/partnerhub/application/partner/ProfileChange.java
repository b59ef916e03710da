package org.partnerhub.application.partner;

import java.util.List;

/** A partner's edit of its own profile: contact, introduction, the regions and categories it serves. */
public record ProfileChange(String contactName, String contactPhone, String introduction, List<String> serviceRegionCodes,
        List<String> categoryCodes) {}
