package org.partnerhub.web.shared;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnerhub.application.shared.Persistence;

/**
 * The application's one datasource, resolved from MicroProfile Config when the application is deployed: the
 * environment variables {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} (or the properties {@code db.url},
 * …). No credential is written here or anywhere in the WAR; the launcher sets them for its embedded database.
 *
 * <p>The connection always speaks UTC and utf8mb4, whatever the URL says, so that stored times never shift with a
 * server's time zone and "社区治理😀" comes back as it went in. A connection is validated before use when it was last
 * validated over 10 seconds ago, and one found broken drops the whole pool (after a database restart).
 */
@ApplicationScoped
@DataSourceDefinition(
        name = Persistence.DATASOURCE,
        className = "org.partnerhub.web.shared.ConfiguredMysqlDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {
            "connectionTimeZone=UTC",
            "forceConnectionTimeZoneToSession=true",
            "characterEncoding=UTF-8",
            "connectionCollation=utf8mb4_unicode_ci",
            "rewriteBatchedStatements=true",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.fail-all-connections=true",
            // a connection is checked when it was last checked over 10 s ago, not on every hand-out: the check is a
            // round trip of its own, and a public list needs only two or three (README, "Throughput")
            "fish.payara.validate-atmost-once-period-in-seconds=10"
        })
public class DataSourceConfig {}
