package org.partnerhub.application.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.partnerhub.application.events.internal.EventStore;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.application.shared.Queries;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;

/**
 * The event feed for systems that poll: committed events in feed order (the position the dispatcher gave them, gap-free
 * and never behind what a reader has seen), only what the caller may see, internal events never. The district's
 * administrators and auditors see every event; everyone else signed in sees public events, events of their region (a
 * path prefix: a street's staff also see its communities') and of their partner. The anonymous public has no feed.
 */
@ApplicationScoped
@Transactional
public class EventFeed {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 500;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    Deliveries deliveries;

    /** The events after {@code after} (a position; 0 = from the start), oldest first. */
    public FeedPage read(Actor actor, long after, Set<String> types, int size) {
        access.requireSignedIn(actor);
        if (after < 0) {
            throw InvalidInputException.of("after", "events.cursor.invalid", String.valueOf(after));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException(FieldError.of("size", "page.size.range", MAX_SIZE));
        }
        for (String type : types) {
            if (!EventTypes.PUBLISHED.contains(type)) {
                throw InvalidInputException.of("types", "events.type.unknown", type);
            }
        }
        StringBuilder sql = new StringBuilder("SELECT e.feed_position, " + EventStore.EVENT_COLUMNS
                + " FROM domain_event e WHERE e.feed_position > ? AND e.internal = FALSE");
        List<Object> params = new ArrayList<>();
        params.add(after);
        boolean district = actor.is(Role.DISTRICT_ADMIN) || actor.is(Role.AUDITOR);
        if (!district) {
            sql.append(" AND (e.is_public = TRUE");
            if (actor.regionPath() != null) {
                sql.append(" OR e.region_path LIKE ? ESCAPE '!'");
                params.add(Queries.escapeLike(actor.regionPath()) + "%");
            }
            if (actor.partnerId() != null) {
                sql.append(" OR e.partner_id = ?");
                params.add(actor.partnerId());
            }
            sql.append(")");
        }
        if (!types.isEmpty()) {
            sql.append(" AND e.type IN (").append(String.join(",", java.util.Collections.nCopies(types.size(), "?")))
                    .append(")");
            params.addAll(types);
        }
        sql.append(" ORDER BY e.feed_position LIMIT ").append(size);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<FeedEntry> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] event = new Object[row.length - 1];
            System.arraycopy(row, 1, event, 0, event.length);
            items.add(new FeedEntry(((Number) row[0]).longValue(), EventStore.event(event)));
        }
        long cursor = items.isEmpty() ? after : items.get(items.size() - 1).position();
        return new FeedPage(items, cursor);
    }

    /** Deliver every event from a sequence on again on a channel (the district's administrators): how many. */
    public int replay(Actor actor, String channel, Long fromSequence) {
        access.require(actor, Permission.REPLAY_EVENTS);
        List<FieldError> errors = new ArrayList<>();
        if (channel == null || channel.isBlank() || channel.length() > 64) {
            errors.add(FieldError.of("channel", "events.channel.invalid"));
        }
        if (fromSequence == null || fromSequence < 1) {
            errors.add(FieldError.of("fromSequence", "events.sequence.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return deliveries.replay(channel.strip(), fromSequence);
    }
}
