package org.partnerhub.application.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application starts, before anything else touches the database. Flyway owns
 * the schema on every database (the embedded MariaDB and production MySQL run the same scripts); JPA never
 * generates DDL. Several servers starting at once are safe: Flyway serialises them with a database lock.
 *
 * <p>A startup singleton EJB rather than a CDI observer of the application's initialisation: Payara binds the
 * application's datasource only after CDI has initialised, and a startup singleton runs once it is there.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = Persistence.DATASOURCE)
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
        schemaReady.fire(new SchemaReady(result.migrationsExecuted));
    }
}
