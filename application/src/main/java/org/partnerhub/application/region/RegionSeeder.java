package org.partnerhub.application.region;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import org.partnerhub.application.shared.ClusterLock;
import org.partnerhub.application.shared.SchemaReady;

/**
 * Loads the regions the project knows ({@code seed/regions.csv}, a copy of the district's reference list) on the first
 * start, through the same import a district admin uses. Later starts find the tree filled and leave it alone; the lock
 * keeps two servers starting together from importing it twice.
 */
@ApplicationScoped
public class RegionSeeder {

    static final String SEED = "seed/regions.csv";
    private static final Logger LOG = Logger.getLogger(RegionSeeder.class.getName());

    @Inject
    RegionService regionService;

    @Inject
    RegionImportService importService;

    @Inject
    ClusterLock lock;

    void seed(@Observes @Priority(100) SchemaReady ready) {
        lock.withLock("partnerhub.seed.regions", 60, () -> {
            if (regionService.count() > 0) {
                return null;
            }
            RegionImportResult result = importService.importTrusted(seedFile());
            LOG.info(() -> "Region tree seeded: " + result.created() + " regions");
            return null;
        });
    }

    private static byte[] seedFile() {
        try (InputStream in = RegionSeeder.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException(SEED + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
