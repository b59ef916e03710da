package org.partnerhub.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One field's old and new value in a change of a traceable record (需求, 痛点, …), as the text a person would read:
 * codes for references and enums, plain numbers, dates in ISO form. {@code null} means "empty".
 */
@Embeddable
public class FieldChange {

    /** Longer values are cut to this many characters (with "…"): the full text is still in the record itself. */
    public static final int VALUE_MAX = 4000;

    @Column(name = "field", nullable = false, length = 40, updatable = false)
    private String field;

    @Column(name = "old_value", length = VALUE_MAX, updatable = false)
    private String oldValue;

    @Column(name = "new_value", length = VALUE_MAX, updatable = false)
    private String newValue;

    protected FieldChange() {
        // for JPA
    }

    public FieldChange(String field, String oldValue, String newValue) {
        this.field = Objects.requireNonNull(field, "field");
        this.oldValue = cut(oldValue);
        this.newValue = cut(newValue);
    }

    private static String cut(String value) {
        if (value == null || value.length() <= VALUE_MAX) {
            return value;
        }
        return value.substring(0, VALUE_MAX - 1) + "…";
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldChange other && field.equals(other.field) && Objects.equals(oldValue, other.oldValue)
                && Objects.equals(newValue, other.newValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, oldValue, newValue);
    }

    @Override
    public String toString() {
        return field + ": " + oldValue + " → " + newValue;
    }
}
