package org.partnerhub.application.need.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerhub.domain.need.Need;
import org.partnerhub.domain.need.NeedEvent;
import org.partnerhub.domain.shared.FieldChange;

/**
 * Writes new needs, their history entries and each entry's field changes with three batched statements per call
 * (the driver rewrites each batch into multi-row INSERTs), instead of two single INSERTs per need: what makes a
 * 10,000-row import take seconds, not minutes. The ids are read back by the needs' unique import keys and the
 * entries' (need, act), so nothing depends on how the database hands out auto-increment values.
 */
final class NeedBulkWriter {

    private static final String INSERT_NEED = "INSERT INTO need (version, community_code, region_path, category_code, "
            + "title, description, beneficiaries, target_groups, urgency, funding_mode, budget_fen, fund_year, status, "
            + "status_reason, source_channel, visit_id, recorded_by, recorded_by_name, recorded_by_partner_id, import_key, "
            + "created_at, updated_at, published_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO need_event (need_id, occurred_at, action, actor_name, "
            + "actor_display, reason) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CHANGE = "INSERT INTO need_event_change (event_id, position, field, old_value, "
            + "new_value) VALUES (?, ?, ?, ?, ?)";

    private NeedBulkWriter() {}

    /**
     * Inserts the needs (each with an import key, distinct, not yet stored) and their histories; answers the ids given to
     * them, by import key.
     */
    static Map<String, Long> insert(Connection connection, List<Need> needs) throws SQLException {
        if (needs.isEmpty()) {
            return Map.of();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_NEED)) {
            for (Need n : needs) {
                int i = 1;
                insert.setString(i++, n.getCommunityCode().value());
                insert.setString(i++, n.getRegionPath());
                insert.setString(i++, n.getCategoryCode().value());
                insert.setString(i++, n.getTitle());
                insert.setString(i++, n.getDescription());
                insert.setInt(i++, n.getBeneficiaries());
                insert.setString(i++, n.getTargetGroups().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
                insert.setString(i++, n.getUrgency().name());
                insert.setString(i++, n.getFundingMode().name());
                insert.setLong(i++, n.getBudgetFen());
                insert.setInt(i++, n.getFundYear());
                insert.setString(i++, n.getStatus().name());
                insert.setString(i++, n.getStatusReason());
                insert.setString(i++, n.getSourceChannel().name());
                setLong(insert, i++, n.getVisitId());
                insert.setString(i++, n.getRecordedBy());
                insert.setString(i++, n.getRecordedByName());
                setLong(insert, i++, n.getRecordedByPartnerId());
                insert.setString(i++, n.getImportKey());
                insert.setTimestamp(i++, time(n.getCreatedAt()));
                insert.setTimestamp(i++, time(n.getUpdatedAt()));
                insert.setTimestamp(i, time(n.getPublishedAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<String, Long> needIds = needIds(connection, needs);
        // the history in the order it happened (CREATED before PUBLISH), so that entries of one instant keep their
        // order by id as everywhere else
        int depth = needs.stream().mapToInt(n -> n.getHistory().size()).max().orElse(0);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
            for (int step = 0; step < depth; step++) {
                for (Need n : needs) {
                    List<NeedEvent> oldestFirst = oldestFirst(n);
                    if (step < oldestFirst.size()) {
                        NeedEvent e = oldestFirst.get(step);
                        insert.setLong(1, needIds.get(n.getImportKey()));
                        insert.setTimestamp(2, time(e.getOccurredAt()));
                        insert.setString(3, e.getAction());
                        insert.setString(4, e.getActorName());
                        insert.setString(5, e.getActorDisplay());
                        insert.setString(6, e.getReason());
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        Map<String, Long> eventIds = eventIds(connection, needIds.values());
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CHANGE)) {
            for (Need n : needs) {
                long needId = needIds.get(n.getImportKey());
                for (NeedEvent e : n.getHistory()) {
                    Long eventId = eventIds.get(needId + " " + e.getAction());
                    List<FieldChange> changes = e.getChanges();
                    for (int position = 0; position < changes.size(); position++) {
                        FieldChange c = changes.get(position);
                        insert.setLong(1, eventId);
                        insert.setInt(2, position);
                        insert.setString(3, c.getField());
                        insert.setString(4, c.getOldValue());
                        insert.setString(5, c.getNewValue());
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        return needIds;
    }

    private static List<NeedEvent> oldestFirst(Need need) {
        // a need's history is kept newest first; a new one's entries were added oldest first
        List<NeedEvent> history = new java.util.ArrayList<>(need.getHistory());
        if (history.size() > 1 && history.get(0).getAction().equals("CREATED")) {
            return history;
        }
        java.util.Collections.reverse(history);
        return history;
    }

    private static Map<String, Long> needIds(Connection connection, List<Need> needs) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        String marks = String.join(",", java.util.Collections.nCopies(needs.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, import_key FROM need WHERE import_key IN (" + marks + ")")) {
            for (int i = 0; i < needs.size(); i++) {
                select.setString(i + 1, needs.get(i).getImportKey());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(2), rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static Map<String, Long> eventIds(Connection connection, java.util.Collection<Long> needIds)
            throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        List<Long> all = List.copyOf(needIds);
        String marks = String.join(",", java.util.Collections.nCopies(all.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, need_id, action FROM need_event WHERE need_id IN (" + marks + ")")) {
            for (int i = 0; i < all.size(); i++) {
                select.setLong(i + 1, all.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getLong(2) + " " + rows.getString(3), rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static Timestamp time(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
