package org.partnerhub.application.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/** Helpers for native SQL built with numbered parameters (the candidate queries of matching). */
public final class NativeSql {

    private NativeSql() {}

    /** Adds {@code value} to the parameters and answers its placeholder. */
    public static String param(List<Object> params, Object value) {
        params.add(value);
        return "?" + params.size();
    }

    /** Adds the values and answers their placeholders, comma-separated (for {@code IN (…)}). */
    public static String params(List<Object> params, List<String> values) {
        StringBuilder s = new StringBuilder();
        for (String v : values) {
            if (!s.isEmpty()) {
                s.append(", ");
            }
            s.append(param(params, v));
        }
        return s.toString();
    }

    public static Query query(EntityManager em, String sql, List<Object> params) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    /** A numeric column's value (the driver answers a TINYINT(1) as a Boolean). */
    public static Number number(Object value) {
        return value instanceof Boolean b ? (b ? 1 : 0) : (Number) value;
    }
}
