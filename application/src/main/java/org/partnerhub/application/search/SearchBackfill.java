package org.partnerhub.application.search;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.partnerhub.application.shared.ClusterLock;
import org.partnerhub.application.shared.SchemaReady;

/**
 * At start-up, indexes every record that has no index entry (records saved before the index existed, or loaded in
 * bulk without it), a batch per transaction, under a cluster-wide lock so that two servers starting together do not
 * do the work twice. A record saved meanwhile indexes itself in its own transaction.
 */
@ApplicationScoped
public class SearchBackfill {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(SearchBackfill.class.getName());

    @Inject
    Instance<SearchSource> sources;

    @Inject
    ClusterLock lock;

    void backfill(@Observes @Priority(400) SchemaReady ready) {
        lock.withLock("partnerhub.search.backfill", 600, () -> {
            for (SearchSource source : sources) {
                int total = 0;
                long after = 0;
                for (List<Long> ids = source.unindexed(after, BATCH); !ids.isEmpty();
                        ids = source.unindexed(after, BATCH)) {
                    source.index(ids);
                    total += ids.size();
                    after = ids.get(ids.size() - 1);
                }
                if (total > 0) {
                    int indexed = total;
                    LOG.info(() -> "Search index: " + indexed + " " + source.kind() + " records indexed");
                }
            }
            return null;
        });
    }
}
