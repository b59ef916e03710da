package org.partnerhub.domain.partner;

/** A partner's name and standing, all that another context's list shows of it (read for a whole page at once). */
public record PartnerStanding(Long id, String name, PartnerStatus status) {

    /** Whether it is in the public library (active). */
    public boolean listed() {
        return status == PartnerStatus.ACTIVE;
    }
}
