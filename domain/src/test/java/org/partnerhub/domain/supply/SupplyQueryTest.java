package org.partnerhub.domain.supply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupplyQueryTest {

    private static SupplyQuery serving(String path) {
        return new SupplyQuery(path, null, null, null, null, null, null, null, null);
    }

    @Test
    void aRegionIsServedFromItselfAndEveryRegionAboveIt() {
        assertThat(serving("/510100/510108/510108-4K2M9Q/").servedPaths())
                .containsExactly("/510100/", "/510100/510108/", "/510100/510108/510108-4K2M9Q/");
        assertThat(serving("/510100/").servedPaths()).containsExactly("/510100/");
    }

    @Test
    void noRegionAskedForIsNoCondition() {
        assertThat(serving(null).servedPaths()).isEmpty();
    }
}
