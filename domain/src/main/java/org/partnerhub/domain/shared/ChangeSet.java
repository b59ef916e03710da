package org.partnerhub.domain.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Collects the fields an edit really changes, each with its old and new value, so that an aggregate records exactly
 * those in its history and an edit that changes nothing records nothing.
 */
public final class ChangeSet {

    private final List<FieldChange> changes = new ArrayList<>();

    /** Records {@code field} when the two values differ (compared as the text a person reads). */
    public ChangeSet compare(String field, Object oldValue, Object newValue) {
        String before = render(oldValue);
        String after = render(newValue);
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
        return this;
    }

    /** Records every field of a new record, from nothing to its first value (empty values are left out). */
    public ChangeSet initial(String field, Object value) {
        return compare(field, null, value);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<FieldChange> changes() {
        return Collections.unmodifiableList(changes);
    }

    /** Enums by name, collections joined by commas in their order, everything else by {@code toString}. */
    static String render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? null : c.stream().map(ChangeSet::render).collect(Collectors.joining(","));
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }
}
