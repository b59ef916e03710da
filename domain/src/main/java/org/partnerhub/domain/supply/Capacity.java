package org.partnerhub.domain.supply;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;

/**
 * How many cooperation intents a supply item can carry at once ({@value #MIN}–{@value #MAX}), and how many it carries
 * now ({@code inUse}, kept by the cooperation context: an agreed intent takes one, a finished one gives it back).
 * What is left is {@code total − inUse}; the partner may lower the total, but never below what is in use.
 */
@Embeddable
public class Capacity {

    public static final int MIN = 1;
    public static final int MAX = 999;

    @Column(name = "capacity", nullable = false)
    private int total;

    @Column(name = "capacity_in_use", nullable = false)
    private int inUse;

    protected Capacity() {
        // for JPA
    }

    private Capacity(int total, int inUse) {
        if (total < MIN || total > MAX) {
            throw InvalidInputException.of("capacity", "number.range", MIN, MAX);
        }
        if (inUse < 0 || inUse > total) {
            throw InvalidInputException.of("capacity", "supply.capacity.inUse", inUse);
        }
        this.total = total;
        this.inUse = inUse;
    }

    /** A new capacity, nothing in use. */
    public static Capacity of(int total) {
        return new Capacity(total, 0);
    }

    /** The same use with another total; a total below what is in use is refused, naming the field. */
    public Capacity withTotal(int newTotal) {
        return new Capacity(newTotal, inUse);
    }

    /** One more intent carried; refused (409) when nothing is left. */
    public Capacity take() {
        if (left() == 0) {
            throw new ConflictException(Message.of("supply.capacity.full", total));
        }
        return new Capacity(total, inUse + 1);
    }

    /** One intent finished or dropped. */
    public Capacity release() {
        return new Capacity(total, Math.max(0, inUse - 1));
    }

    public int total() {
        return total;
    }

    public int inUse() {
        return inUse;
    }

    public int left() {
        return total - inUse;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Capacity other && total == other.total && inUse == other.inUse;
    }

    @Override
    public int hashCode() {
        return 31 * total + inUse;
    }

    @Override
    public String toString() {
        return inUse + "/" + total;
    }
}
