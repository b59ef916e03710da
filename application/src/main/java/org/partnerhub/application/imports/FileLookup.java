package org.partnerhub.application.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnerhub.domain.shared.FieldError;

/**
 * What one file's rows name (a community, a category, a region by code or name), looked up once per file: the value
 * found, or the field errors it gave, kept for every later row naming it the same way. Used inside one job's worker
 * thread only.
 *
 * @param <T> what a name stands for
 */
public final class FileLookup<T> {

    /** Looks one name up: the value, or {@code null} with the reasons added to {@code errors}. */
    @FunctionalInterface
    public interface Finder<T> {
        T find(String name, List<FieldError> errors);
    }

    private final Finder<T> finder;
    private final Map<String, T> found = new HashMap<>();
    private final Map<String, List<FieldError>> refused = new HashMap<>();

    public FileLookup(Finder<T> finder) {
        this.finder = finder;
    }

    /** The value {@code name} stands for, or {@code null} with the reasons (the same as the first time) in {@code errors}. */
    public T get(String name, List<FieldError> errors) {
        T known = found.get(name);
        if (known != null) {
            return known;
        }
        List<FieldError> bad = refused.get(name);
        if (bad == null) {
            List<FieldError> problems = new ArrayList<>();
            T value = finder.find(name, problems);
            if (problems.isEmpty() && value != null) {
                found.put(name, value);
                return value;
            }
            bad = List.copyOf(problems);
            refused.put(name, bad);
        }
        errors.addAll(bad);
        return null;
    }
}
