package org.partnerhub.application.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Answers whether the database is reachable, for the readiness probe. */
@ApplicationScoped
public class DatabaseStatus {

    private static final Logger LOG = Logger.getLogger(DatabaseStatus.class.getName());
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = Persistence.DATASOURCE)
    DataSource dataSource;

    /** Whether a connection can be had and answers within two seconds; the reason for a "no" goes to the log only. */
    public boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "The database is not reachable", e);
            return false;
        }
    }
}
