package org.partnerhub.application.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/**
 * The optional filters of a list query, turned into one JPQL WHERE clause, and the page they select: a count and one
 * select, the items only when there are any. Conditions whose value is {@code null} are left out.
 *
 * <pre>{@code
 * new Filter()
 *     .and("r.level = :level", "level", query.level())
 *     .andContains("(r.nameZh LIKE :q ESCAPE '!' OR r.nameEn LIKE :q ESCAPE '!')", "q", query.text())
 *     .page(em, Region.class, "Region r", "r.sortOrder, r.id", page);
 * }</pre>
 */
public final class Filter {

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final StringBuilder joins = new StringBuilder();
    private final Map<String, Object> orderParams = new LinkedHashMap<>();
    private final List<Map.Entry<String, Object>> hints = new ArrayList<>();
    private String rank;
    private int window;

    /** Adds {@code condition} (which uses {@code :param}) when {@code value} is not null. */
    public Filter and(String condition, String param, Object value) {
        if (value != null) {
            append(condition);
            params.put(param, value);
        }
        return this;
    }

    /** Adds a LIKE condition matching {@code text} anywhere (wildcards in the text are escaped with '!'). */
    public Filter andContains(String condition, String param, String text) {
        return and(condition, param, text == null ? null : "%" + Queries.escapeLike(text) + "%");
    }

    /** Adds a LIKE condition matching values that start with {@code prefix}. */
    public Filter andStartsWith(String condition, String param, String prefix) {
        return and(condition, param, prefix == null ? null : Queries.escapeLike(prefix) + "%");
    }

    /**
     * Adds {@code condition}, which uses several parameters, when the first value is not null: {@code names} and
     * {@code values} alternate ({@code "a", 1, "b", 2}).
     */
    public Filter andEach(String condition, Object... namesAndValues) {
        if (namesAndValues.length < 2 || namesAndValues[1] == null) {
            return this;
        }
        append(condition);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /** Adds more range variables to the FROM clause ({@code ", SearchDoc d"}), each tied to the first by a condition. */
    public Filter from(String rangeVariables) {
        joins.append(rangeVariables);
        return this;
    }

    /** A parameter only the ordering uses (the count does not name it). */
    public Filter orderParameter(String param, Object value) {
        orderParams.put(param, value);
        return this;
    }

    /** A JPA query hint for the page's select (e.g. the provider's batch fetching of the items' collections). */
    public Filter hint(String name, Object value) {
        hints.add(Map.entry(name, value));
        return this;
    }

    /**
     * Makes {@link #page} a ranked window: it reads the ids and the {@code rank} (a JPQL expression whose parameters
     * were given with {@link #orderParameter}) of the first {@code window} matching rows in the page's order, one
     * statement that the database can stop early, and answers those rows by rank (the page's order among equals), the
     * total being the rows read and capped when there were more. A second statement loads the page's entities.
     */
    public Filter ranked(String rankExpression, int windowSize) {
        this.rank = rankExpression;
        this.window = windowSize;
        return this;
    }

    /** Adds a condition without a parameter. */
    public Filter and(String condition) {
        append(condition);
        return this;
    }

    /** The first {@code limit} matching rows in order, without a count (exports, batch work). */
    public <T> List<T> list(EntityManager em, Class<T> type, String entityAndAlias, String orderBy, int limit) {
        String alias = entityAndAlias.substring(entityAndAlias.lastIndexOf(' ') + 1);
        String clause = where.length() == 0 ? "" : " WHERE " + where;
        TypedQuery<T> select = em.createQuery(
                "SELECT " + alias + " FROM " + entityAndAlias + joins + clause + " ORDER BY " + orderBy, type);
        params.forEach(select::setParameter);
        orderParams.forEach(select::setParameter);
        return select.setMaxResults(limit).getResultList();
    }

    public <T> Page<T> page(EntityManager em, Class<T> type, String entityAndAlias, String orderBy, PageRequest page) {
        String alias = entityAndAlias.substring(entityAndAlias.lastIndexOf(' ') + 1);
        String clause = where.length() == 0 ? "" : " WHERE " + where;
        if (rank != null) {
            return rankedPage(em, type, entityAndAlias, alias, clause, orderBy, page);
        }
        TypedQuery<Long> count = em.createQuery(
                "SELECT COUNT(" + alias + ") FROM " + entityAndAlias + joins + clause, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0) {
            return Page.of(List.of(), page, 0);
        }
        TypedQuery<T> select = em.createQuery(
                "SELECT " + alias + " FROM " + entityAndAlias + joins + clause + " ORDER BY " + orderBy, type);
        params.forEach(select::setParameter);
        orderParams.forEach(select::setParameter);
        hints.forEach(h -> select.setHint(h.getKey(), h.getValue()));
        return Page.of(select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page, total);
    }

    private <T> Page<T> rankedPage(EntityManager em, Class<T> type, String entityAndAlias, String alias, String clause,
            String orderBy, PageRequest page) {
        TypedQuery<Object[]> ranked = em.createQuery("SELECT " + alias + ".id, " + rank + " FROM " + entityAndAlias
                + joins + clause + " ORDER BY " + orderBy, Object[].class);
        params.forEach(ranked::setParameter);
        orderParams.forEach(ranked::setParameter);
        List<Object[]> rows = new ArrayList<>(ranked.setMaxResults(window + 1).getResultList());
        boolean capped = rows.size() > window;
        if (capped) {
            rows.remove(window);
        }
        // a stable sort: equal ranks keep the page's order
        rows.sort(Comparator.comparingInt((Object[] row) -> ((Number) row[1]).intValue()).reversed());
        List<Long> ids = rows.stream()
                .skip(Math.min(page.offset(), rows.size()))
                .limit(page.size())
                .map(row -> ((Number) row[0]).longValue())
                .toList();
        List<T> items = List.of();
        if (!ids.isEmpty()) {
            TypedQuery<T> select = em.createQuery(
                    "SELECT " + alias + " FROM " + entityAndAlias + " WHERE " + alias + ".id IN :pageIds", type);
            select.setParameter("pageIds", ids);
            hints.forEach(h -> select.setHint(h.getKey(), h.getValue()));
            Map<Object, T> byId = new HashMap<>();
            PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
            for (T entity : select.getResultList()) {
                byId.put(util.getIdentifier(entity), entity);
            }
            items = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        }
        return capped ? Page.capped(items, page, rows.size()) : Page.of(items, page, rows.size());
    }

    private void append(String condition) {
        if (where.length() > 0) {
            where.append(" AND ");
        }
        where.append(condition);
    }
}
