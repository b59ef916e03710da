package org.partnerhub.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionKind;

class ActorTest {

    private static final Instant T0 = Instant.parse("2025-11-27T01:30:00Z");
    private static final String HASH = "pbkdf2-sha256$10000$c2FsdA$aGFzaA";

    private final Region chengdu = Region.create(RegionCode.of("510100"), RegionKind.CITY, "成都市", null, null, null, 0, T0);
    private final Region chenghua =
            Region.create(RegionCode.of("510108"), RegionKind.DISTRICT, "成华区", null, chengdu, null, 0, T0);
    private final Region jinjiang =
            Region.create(RegionCode.of("510104"), RegionKind.DISTRICT, "锦江区", null, chengdu, null, 0, T0);
    private final Region qinglong =
            Region.create(RegionCode.of("510108001"), RegionKind.STREET, "青龙街道", null, chenghua, null, 0, T0);
    private final Region baohe =
            Region.create(RegionCode.of("510108002"), RegionKind.STREET, "保和街道", null, chenghua, null, 0, T0);
    private final Region donglin =
            Region.create(RegionCode.of("510108001001"), RegionKind.COMMUNITY, "东林社区", null, qinglong, null, 0, T0);

    private Actor actorOf(Role role, Region region, Long partnerId) {
        return Actor.of(UserAccount.create(Username.of("zhangsan"), "张三", role, region, partnerId, HASH, false, T0),
                "10.0.0.1");
    }

    @Test
    void anActorCopiesTheAccount() {
        Actor actor = actorOf(Role.STREET_STAFF, qinglong, null);
        assertThat(actor.username()).isEqualTo("zhangsan");
        assertThat(actor.displayName()).isEqualTo("张三");
        assertThat(actor.role()).isEqualTo(Role.STREET_STAFF);
        assertThat(actor.regionCode()).isEqualTo(qinglong.getCode());
        assertThat(actor.regionPath()).isEqualTo(qinglong.getPath());
        assertThat(actor.partnerId()).isNull();
        assertThat(actor.clientAddress()).isEqualTo("10.0.0.1");
        assertThat(actor.is(Role.STREET_STAFF)).isTrue();
        assertThat(actor.is(Role.DISTRICT_ADMIN)).isFalse();
    }

    @Test
    void aDistrictActorCoversItsWholeDistrictAndNothingElse() {
        Actor admin = actorOf(Role.DISTRICT_ADMIN, chenghua, null);
        assertThat(admin.covers(chenghua)).isTrue();
        assertThat(admin.covers(qinglong)).isTrue();
        assertThat(admin.covers(baohe)).isTrue();
        assertThat(admin.covers(donglin)).isTrue();
        assertThat(admin.covers(chengdu)).as("the city above").isFalse();
        assertThat(admin.covers(jinjiang)).as("a sibling district").isFalse();
    }

    @Test
    void aStreetActorCoversItsOwnCommunitiesOnly() {
        Actor street = actorOf(Role.STREET_STAFF, qinglong, null);
        assertThat(street.covers(qinglong)).isTrue();
        assertThat(street.covers(donglin)).isTrue();
        assertThat(street.covers(baohe)).isFalse();
        assertThat(street.covers(chenghua)).isFalse();
    }

    @Test
    void coverageComparesWholePathSegments() {
        // 510108 is a prefix of 5101080's code, but /510108/ is not a prefix of its path
        Region lookalike =
                Region.create(RegionCode.of("5101080"), RegionKind.DISTRICT, "某区", null, chengdu, null, 0, T0);
        Actor admin = actorOf(Role.DISTRICT_ADMIN, chenghua, null);
        assertThat(admin.covers(lookalike)).isFalse();
        assertThat(admin.covers("/510100/5101080/")).isFalse();
        assertThat(admin.covers("/510100/510108/510108001/")).isTrue();
    }

    @Test
    void coverageOfAPathString() {
        Actor street = actorOf(Role.STREET_STAFF, qinglong, null);
        assertThat(street.covers(donglin.getPath())).isTrue();
        assertThat(street.covers(baohe.getPath())).isFalse();
        assertThat(street.covers((String) null)).isFalse();
        assertThat(street.covers((Region) null)).isFalse();
    }

    @Test
    void aPartnerUserCoversNoRegionButBelongsToItsOrganisation() {
        Actor partner = actorOf(Role.PARTNER, null, 7L);
        assertThat(partner.covers(chengdu)).isFalse();
        assertThat(partner.covers(donglin)).isFalse();
        assertThat(partner.covers("/510100/")).isFalse();
        assertThat(partner.belongsToPartner(7L)).isTrue();
        assertThat(partner.belongsToPartner(8L)).isFalse();
        assertThat(partner.belongsToPartner(null)).isFalse();
    }

    @Test
    void staffBelongToNoOrganisation() {
        Actor admin = actorOf(Role.DISTRICT_ADMIN, chenghua, null);
        assertThat(admin.belongsToPartner(7L)).isFalse();
        assertThat(admin.belongsToPartner(null)).as("null never matches null").isFalse();
    }

    @Test
    void anIntegratorCoversTheRegionItWasGiven() {
        Actor integrator = actorOf(Role.INTEGRATOR, chengdu, null);
        assertThat(integrator.covers(chengdu)).isTrue();
        assertThat(integrator.covers(jinjiang)).isTrue();
        assertThat(integrator.covers(donglin)).isTrue();
    }

    @Test
    void theAnonymousActorIsNotAuthenticatedAndCoversNothing() {
        Actor anonymous = Actor.anonymous("203.0.113.9");
        assertThat(anonymous.isAuthenticated()).isFalse();
        assertThat(anonymous.userId()).isNull();
        assertThat(anonymous.username()).isNull();
        assertThat(anonymous.role()).isNull();
        assertThat(anonymous.clientAddress()).isEqualTo("203.0.113.9");
        assertThat(anonymous.covers(chengdu)).isFalse();
        assertThat(anonymous.covers("/510100/")).isFalse();
        assertThat(anonymous.belongsToPartner(7L)).isFalse();
        assertThat(anonymous.is(null)).isTrue();
        assertThat(anonymous.is(Role.DISTRICT_ADMIN)).isFalse();
    }

    @Test
    void theSystemActorIsNamedButHoldsNoRoleOrScope() {
        Actor system = Actor.system();
        assertThat(system.username()).isEqualTo("system");
        assertThat(system.displayName()).isEqualTo("system");
        assertThat(system.clientAddress()).isEqualTo("-");
        assertThat(system.isAuthenticated()).isFalse();
        assertThat(system.role()).isNull();
        assertThat(system.covers(chengdu)).isFalse();
        assertThat(system.belongsToPartner(7L)).isFalse();
    }

    @Test
    void anActorWithAnIdIsAuthenticated() {
        Actor actor = new Actor(1L, "zhangsan", "张三", Role.AUDITOR, chenghua.getCode(), chenghua.getPath(), null,
                "10.0.0.1");
        assertThat(actor.isAuthenticated()).isTrue();
        assertThat(actor.covers(qinglong)).isTrue();
    }
}
