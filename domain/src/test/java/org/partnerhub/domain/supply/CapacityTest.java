package org.partnerhub.domain.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.InvalidInputException;

class CapacityTest {

    @Test
    void isBetweenOneAndNineHundredNinetyNine() {
        assertThat(Capacity.of(1).total()).isEqualTo(1);
        assertThat(Capacity.of(999).left()).isEqualTo(999);
        for (int bad : new int[] {0, -1, 1000}) {
            assertThatThrownBy(() -> Capacity.of(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.errors().get(0).field()).isEqualTo("capacity"));
        }
    }

    @Test
    void whatIsLeftIsTheTotalLessWhatIsInUse() {
        Capacity c = Capacity.of(3).take().take();
        assertThat(c.inUse()).isEqualTo(2);
        assertThat(c.left()).isEqualTo(1);
        assertThat(c.release().left()).isEqualTo(2);
        assertThat(Capacity.of(2).release().inUse()).isZero();
    }

    @Test
    void aFullCapacityTakesNoMore() {
        Capacity full = Capacity.of(1).take();
        assertThatThrownBy(full::take).isInstanceOf(ConflictException.class);
    }

    @Test
    void theTotalNeverGoesBelowWhatIsInUse() {
        Capacity c = Capacity.of(5).take().take();
        assertThat(c.withTotal(2)).isEqualTo(Capacity.of(2).take().take());
        assertThatThrownBy(() -> c.withTotal(1)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("capacity");
                    assertThat(e.errors().get(0).message().key()).isEqualTo("supply.capacity.inUse");
                });
    }
}
