package org.partnerhub.domain.shared;

import java.util.Objects;

/**
 * A piece of personal data in its encrypted form, as stored. The domain never sees the key: the application seals and
 * opens values, and an entity that holds personal data accepts only this type, so plain text cannot be stored there by
 * mistake.
 */
public record Sealed(String value) {

    public Sealed {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "Sealed[…]";
    }
}
