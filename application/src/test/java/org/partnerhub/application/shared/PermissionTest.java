package org.partnerhub.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.account.Role;

class PermissionTest {

    @Test
    void onlyTheDistrictAdministratorManagesUsersRegionsAndAllTokens() {
        for (Permission permission : new Permission[] {Permission.MANAGE_USERS, Permission.IMPORT_REGIONS,
                Permission.MANAGE_ALL_TOKENS}) {
            assertThat(permission.roles()).as(permission.name()).containsExactly(Role.DISTRICT_ADMIN);
            for (Role role : Role.values()) {
                assertThat(permission.grantedTo(role)).as("%s to %s", permission, role)
                        .isEqualTo(role == Role.DISTRICT_ADMIN);
            }
        }
    }

    @Test
    void auditorsAndTheDistrictAdministratorReadTheAuditLog() {
        assertThat(Permission.READ_AUDIT.roles()).containsExactlyInAnyOrder(Role.AUDITOR, Role.DISTRICT_ADMIN);
        assertThat(Permission.READ_AUDIT.grantedTo(Role.AUDITOR)).isTrue();
        assertThat(Permission.READ_AUDIT.grantedTo(Role.DISTRICT_ADMIN)).isTrue();
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.AUDITOR, Role.DISTRICT_ADMIN))) {
            assertThat(Permission.READ_AUDIT.grantedTo(role)).as(role.name()).isFalse();
        }
    }

    @Test
    void webhooksAreForTheDistrictsAdministratorsAndIntegratorsOnly() {
        assertThat(Permission.MANAGE_WEBHOOKS.roles()).containsExactlyInAnyOrder(Role.DISTRICT_ADMIN, Role.INTEGRATOR);
    }

    @Test
    void anAuditorManagesNothing() {
        assertThat(Permission.MANAGE_USERS.grantedTo(Role.AUDITOR)).isFalse();
        assertThat(Permission.IMPORT_REGIONS.grantedTo(Role.AUDITOR)).isFalse();
        assertThat(Permission.MANAGE_ALL_TOKENS.grantedTo(Role.AUDITOR)).isFalse();
    }

    @Test
    void partnersIntegratorsAndLocalStaffHoldOnlyTheNeedAndSupplyContextRights() {
        Set<Permission> needContext = EnumSet.of(Permission.EDIT_NEEDS, Permission.DRAFT_NEEDS, Permission.EXPORT_NEEDS,
                Permission.IMPORT_NEEDS, Permission.RECORD_VISITS, Permission.EDIT_PAIN_POINTS, Permission.SET_FUNDS,
                Permission.EDIT_SUPPLY, Permission.IMPORT_SUPPLY, Permission.EXPORT_SUPPLY,
                // an integrator subscribes webhooks to the events its scope may see (issue 14)
                Permission.MANAGE_WEBHOOKS);
        for (Role role : new Role[] {Role.PARTNER, Role.INTEGRATOR, Role.STREET_STAFF, Role.COMMUNITY_STAFF}) {
            for (Permission permission : EnumSet.complementOf(EnumSet.copyOf(needContext))) {
                assertThat(permission.grantedTo(role)).as("%s to %s", permission, role).isFalse();
            }
        }
    }

    @Test
    void communityAndStreetStaffOwnTheirNeedsAndPartnersOnlyDraftThem() {
        assertThat(Permission.EDIT_NEEDS.roles())
                .containsExactlyInAnyOrder(Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.INTEGRATOR);
        assertThat(Permission.DRAFT_NEEDS.roles()).containsExactly(Role.PARTNER);
        assertThat(Permission.IMPORT_NEEDS.roles()).containsExactlyInAnyOrder(Role.COMMUNITY_STAFF, Role.STREET_STAFF,
                Role.INTEGRATOR, Role.DISTRICT_ADMIN);
        assertThat(Permission.EDIT_PAIN_POINTS.roles()).containsExactlyInAnyOrder(Role.STREET_STAFF, Role.INTEGRATOR);
        assertThat(Permission.SET_FUNDS.roles()).containsExactlyInAnyOrder(Role.DISTRICT_ADMIN, Role.STREET_STAFF);
        assertThat(Permission.READ_ALL_NEEDS.roles()).containsExactlyInAnyOrder(Role.DISTRICT_ADMIN, Role.AUDITOR);
        assertThat(Permission.RECORD_VISITS.grantedTo(Role.PARTNER)).isTrue();
        assertThat(Permission.EDIT_NEEDS.grantedTo(Role.DISTRICT_ADMIN)).as("nobody else changes a community's needs")
                .isFalse();
    }

    @Test
    void onlyPartnersKeepSupplyItemsAndTheDistrictModeratesThem() {
        assertThat(Permission.EDIT_SUPPLY.roles()).containsExactly(Role.PARTNER);
        assertThat(Permission.MODERATE_SUPPLY.roles()).containsExactly(Role.DISTRICT_ADMIN);
        assertThat(Permission.READ_ALL_SUPPLY.roles()).containsExactlyInAnyOrder(Role.DISTRICT_ADMIN, Role.AUDITOR);
        assertThat(Permission.EDIT_SUPPLY.grantedTo(Role.DISTRICT_ADMIN)).as("the district never edits an item").isFalse();
        assertThat(Permission.MODERATE_SUPPLY.grantedTo(Role.AUDITOR)).isFalse();
    }

    @Test
    void partnersAndTheDistrictImportAndExportSupplyItems() {
        assertThat(Permission.IMPORT_SUPPLY.roles()).containsExactlyInAnyOrder(Role.PARTNER, Role.DISTRICT_ADMIN);
        assertThat(Permission.EXPORT_SUPPLY.roles()).containsExactlyInAnyOrder(Role.PARTNER, Role.DISTRICT_ADMIN);
        for (Role role : new Role[] {Role.AUDITOR, Role.INTEGRATOR, Role.STREET_STAFF, Role.COMMUNITY_STAFF}) {
            assertThat(Permission.IMPORT_SUPPLY.grantedTo(role)).as(role.name()).isFalse();
        }
    }

    @Test
    void noRoleHoldsNoPermission() {
        for (Permission permission : Permission.values()) {
            assertThat(permission.grantedTo(null)).as(permission.name()).isFalse();
        }
    }

    @Test
    void theRolesOfAPermissionCannotBeChangedFromOutside() {
        Permission.MANAGE_USERS.roles().add(Role.PARTNER);
        Permission.MANAGE_USERS.roles().clear();
        assertThat(Permission.MANAGE_USERS.grantedTo(Role.PARTNER)).isFalse();
        assertThat(Permission.MANAGE_USERS.grantedTo(Role.DISTRICT_ADMIN)).isTrue();
    }
}
