package org.partnerhub.application.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A lock that holds across every server sharing the database (MySQL/MariaDB {@code GET_LOCK}), for work that must
 * run once even when several servers start or schedule it at the same moment. The lock lives on its own connection,
 * outside the caller's transaction, and is released when the work ends or the connection dies.
 */
@ApplicationScoped
public class ClusterLock {

    @Resource(lookup = Persistence.DATASOURCE)
    DataSource dataSource;

    /**
     * Runs {@code work} while holding the named lock, waiting at most {@code timeoutSeconds} for it.
     *
     * @throws IllegalStateException when the lock could not be had in time
     */
    public <T> T withLock(String name, int timeoutSeconds, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!acquire(connection, name, timeoutSeconds)) {
                throw new IllegalStateException("Could not obtain the cluster lock " + name + " in " + timeoutSeconds + " s");
            }
            try {
                return work.get();
            } finally {
                release(connection, name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cluster lock " + name + " failed", e);
        }
    }

    private static boolean acquire(Connection connection, String name, int timeoutSeconds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            statement.setString(1, name);
            statement.setInt(2, timeoutSeconds);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    private static void release(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, name);
            statement.execute();
        }
    }
}
