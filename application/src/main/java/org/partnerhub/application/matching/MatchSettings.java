package org.partnerhub.application.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partnerhub.domain.matching.MatchWeights;

/**
 * The matching settings, from MicroProfile Config (each also an environment variable, e.g.
 * {@code PARTNERHUB_MATCHING_WEIGHT_REGION=40}); docs/MATCHING.md explains them.
 */
@ApplicationScoped
public class MatchSettings {

    @Inject
    @ConfigProperty(name = "partnerhub.matching.weight.category", defaultValue = "30")
    int categoryWeight;

    @Inject
    @ConfigProperty(name = "partnerhub.matching.weight.region", defaultValue = "30")
    int regionWeight;

    @Inject
    @ConfigProperty(name = "partnerhub.matching.weight.capacity", defaultValue = "10")
    int capacityWeight;

    @Inject
    @ConfigProperty(name = "partnerhub.matching.weight.funding", defaultValue = "15")
    int fundingWeight;

    @Inject
    @ConfigProperty(name = "partnerhub.matching.weight.track-record", defaultValue = "15")
    int trackRecordWeight;

    /** A published need or item tells the other side of its matches scoring at least this much. */
    @Inject
    @ConfigProperty(name = "partnerhub.matching.notify.min-score", defaultValue = "70")
    int notifyMinScore;

    /** At most this many of the best matches are told when a need or item is published. */
    @Inject
    @ConfigProperty(name = "partnerhub.matching.notify.max-matches", defaultValue = "5")
    int notifyMaxMatches;

    /** Candidates read per served region (and per category) before scoring, newest first: keeps a query's cost flat. */
    @Inject
    @ConfigProperty(name = "partnerhub.matching.candidates-per-region", defaultValue = "100")
    int candidatesPerRegion;

    /** Cross-region candidates (the same category, serving elsewhere) read before scoring, newest first. */
    @Inject
    @ConfigProperty(name = "partnerhub.matching.cross-region-candidates", defaultValue = "50")
    int crossRegionCandidates;

    public MatchWeights weights() {
        return new MatchWeights(categoryWeight, regionWeight, capacityWeight, fundingWeight, trackRecordWeight);
    }

    public int notifyMinScore() {
        return notifyMinScore;
    }

    public int notifyMaxMatches() {
        return Math.max(0, notifyMaxMatches);
    }

    public int candidatesPerRegion() {
        return Math.max(1, candidatesPerRegion);
    }

    public int crossRegionCandidates() {
        return Math.max(0, crossRegionCandidates);
    }
}
