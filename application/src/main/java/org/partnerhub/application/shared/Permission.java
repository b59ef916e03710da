package org.partnerhub.application.shared;

import static org.partnerhub.domain.account.Role.AUDITOR;
import static org.partnerhub.domain.account.Role.DISTRICT_ADMIN;

import java.util.EnumSet;
import java.util.Set;
import org.partnerhub.domain.account.Role;

/**
 * The function-level rights, each with the roles that hold it: the one table that says who may do what. Record-level
 * rules (which region, which organisation) are checked by the services on top of these.
 */
public enum Permission {
    MANAGE_USERS(DISTRICT_ADMIN),
    IMPORT_REGIONS(DISTRICT_ADMIN),
    MANAGE_ALL_TOKENS(DISTRICT_ADMIN),
    READ_AUDIT(AUDITOR, DISTRICT_ADMIN),
    REVIEW_APPLICATIONS(DISTRICT_ADMIN),
    MANAGE_PARTNERS(DISTRICT_ADMIN);

    private final Set<Role> roles;

    Permission(Role first, Role... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    public boolean grantedTo(Role role) {
        return role != null && roles.contains(role);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }
}
