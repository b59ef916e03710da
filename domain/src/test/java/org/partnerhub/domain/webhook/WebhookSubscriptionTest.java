package org.partnerhub.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.Sealed;

class WebhookSubscriptionTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private static final String STREET = "/510108/510108001/";

    private static WebhookSubscription of(Role role, String regionPath, Long partnerId, Set<String> types) {
        Actor owner = new Actor(7L, "owner", "Owner", role, null, regionPath, partnerId, "-");
        return new WebhookSubscription(owner, "https://hooks.example.org/in", types, new Sealed("v1:x"), T0);
    }

    @Test
    void theDistrictSeesEveryEventThatLeavesTheServerButNoInternalOne() {
        WebhookSubscription district = of(Role.DISTRICT_ADMIN, "/510108/", null, Set.of());
        assertThat(district.mayReceive(false, false, "/510108/510108009/", null)).isTrue();
        assertThat(district.mayReceive(false, false, null, 99L)).isTrue();
        assertThat(district.mayReceive(true, false, null, null)).isFalse();
    }

    @Test
    void anIntegratorOfARegionSeesPublicEventsAndThoseOfItsRegion() {
        WebhookSubscription street = of(Role.INTEGRATOR, STREET, null, Set.of());
        assertThat(street.mayReceive(false, true, null, null)).isTrue();
        assertThat(street.mayReceive(false, false, STREET + "510108001003/", null)).isTrue();
        assertThat(street.mayReceive(false, false, "/510108/510108002/", null)).isFalse();
        assertThat(street.mayReceive(false, false, null, 5L)).isFalse();
        assertThat(street.mayReceive(false, false, null, null)).as("district only").isFalse();
    }

    @Test
    void anOwnerBoundToAPartnerSeesPublicEventsAndThoseOfThatPartner() {
        WebhookSubscription partner = of(Role.PARTNER, null, 5L, Set.of());
        assertThat(partner.mayReceive(false, false, STREET, 5L)).isTrue();
        assertThat(partner.mayReceive(false, false, STREET, 6L)).isFalse();
        assertThat(partner.mayReceive(false, true, null, 6L)).isTrue();
    }

    @Test
    void typesNarrowTheEventsAndNoneMeansAll() {
        assertThat(of(Role.DISTRICT_ADMIN, "/510108/", null, Set.of()).wants("need.published")).isTrue();
        WebhookSubscription needs = of(Role.DISTRICT_ADMIN, "/510108/", null, Set.of("need.published", "need.closed"));
        assertThat(needs.wants("need.closed")).isTrue();
        assertThat(needs.wants("supply.published")).isFalse();
        assertThat(needs.getEventTypes()).containsExactlyInAnyOrder("need.published", "need.closed");
    }

    @Test
    void failingForLongerThanAllowedDisablesOnceAndASuccessResetsTheClock() {
        WebhookSubscription w = of(Role.DISTRICT_ADMIN, "/510108/", null, Set.of());
        Duration limit = Duration.ofDays(3);
        assertThat(w.recordFailure(T0, limit)).isFalse();
        assertThat(w.recordFailure(T0.plus(Duration.ofDays(2)), limit)).isFalse();
        w.recordSuccess(T0.plus(Duration.ofDays(2)));
        assertThat(w.getFailingSince()).isNull();
        assertThat(w.recordFailure(T0.plus(Duration.ofDays(4)), limit)).isFalse();
        assertThat(w.recordFailure(T0.plus(Duration.ofDays(7)), limit)).as("exactly the limit").isFalse();
        assertThat(w.recordFailure(T0.plus(Duration.ofDays(7).plusSeconds(1)), limit)).isTrue();
        assertThat(w.isEnabled()).isFalse();
        assertThat(w.recordFailure(T0.plus(Duration.ofDays(8)), limit)).as("only once").isFalse();
        w.enable();
        assertThat(w.isEnabled()).isTrue();
        assertThat(w.getFailingSince()).isNull();
        assertThatThrownBy(w::enable).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyTheOwnerOrADistrictAdministratorManagesIt() {
        WebhookSubscription w = of(Role.INTEGRATOR, STREET, null, Set.of());
        assertThat(w.manageableBy(new Actor(7L, "owner", "O", Role.INTEGRATOR, null, STREET, null, "-"))).isTrue();
        assertThat(w.manageableBy(new Actor(8L, "other", "X", Role.INTEGRATOR, null, STREET, null, "-"))).isFalse();
        assertThat(w.manageableBy(new Actor(9L, "admin", "A", Role.DISTRICT_ADMIN, null, "/510108/", null, "-"))).isTrue();
    }
}
