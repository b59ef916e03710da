package org.partnerhub.domain.account;

import java.util.Objects;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;

/**
 * Who is acting, as far as the rules need to know: the account (absent for the public), its role and scope, and the
 * client address for the audit log. Built once per request from the session or the token.
 */
public record Actor(Long userId, String username, String displayName, Role role, RegionCode regionCode,
        String regionPath, Long partnerId, String clientAddress) {

    public static Actor anonymous(String clientAddress) {
        return new Actor(null, null, null, null, null, null, null, clientAddress);
    }

    /** The platform itself (start-up jobs, schedulers): recorded as such in the audit log. */
    public static Actor system() {
        return new Actor(null, "system", "system", null, null, null, null, "-");
    }

    public static Actor of(UserAccount user, String clientAddress) {
        return new Actor(user.getId(), user.getUsername().value(), user.getDisplayName(), user.getRole(),
                user.getRegionCode(), user.getRegionPath(), user.getPartnerId(), clientAddress);
    }

    public boolean isAuthenticated() {
        return userId != null;
    }

    public boolean is(Role wanted) {
        return Objects.equals(role, wanted);
    }

    /** Whether {@code region} lies within this actor's region (staff and integrators; never for partners). */
    public boolean covers(Region region) {
        return regionPath != null && region != null && region.getPath().startsWith(regionPath);
    }

    public boolean covers(String path) {
        return regionPath != null && path != null && path.startsWith(regionPath);
    }

    public boolean belongsToPartner(Long partner) {
        return partnerId != null && partnerId.equals(partner);
    }
}
