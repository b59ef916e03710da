package org.partnerhub.it.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Waits (polling, with a deadline) until the event dispatcher has nothing left to do now: every committed event fanned
 * out and no delivery due or in flight. In-container tests call it before they assert what a consumer did (a
 * notification), since consumers run after the commit, on the dispatcher's thread. Deliveries waiting for a later retry,
 * or behind such a one, do not count.
 */
public final class OutboxDrain {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private OutboxDrain() {}

    public static void await(DataSource dataSource) {
        Instant deadline = Instant.now().plus(DEADLINE);
        long left;
        do {
            left = undone(dataSource);
            if (left == 0) {
                return;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("The outbox still has " + left + " events or deliveries due after " + DEADLINE);
    }

    private static long undone(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM domain_event WHERE feed_position IS NULL) + "
                        + "(SELECT COUNT(*) FROM event_delivery d WHERE d.status IN ('PENDING', 'RETRYING') "
                        + "AND (d.next_attempt_at <= UTC_TIMESTAMP(6) OR d.lease_until IS NOT NULL) "
                        // one waiting behind an earlier open delivery of its channel and record is not due yet
                        + "AND NOT EXISTS (SELECT 1 FROM event_delivery p WHERE p.channel = d.channel "
                        + "AND p.aggregate_type = d.aggregate_type AND p.aggregate_id = d.aggregate_id "
                        + "AND p.sequence < d.sequence AND p.status IN ('PENDING', 'RETRYING')))")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
