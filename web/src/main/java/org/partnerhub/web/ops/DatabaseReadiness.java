package org.partnerhub.web.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.partnerhub.application.shared.DatabaseStatus;

/** Ready only while the database answers: a load balancer sends no one to a server that cannot reach its data. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseStatus database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(database.reachable()).build();
    }
}
