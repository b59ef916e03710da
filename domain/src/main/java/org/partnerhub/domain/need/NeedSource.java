package org.partnerhub.domain.need;

import java.util.Objects;

/** Where a need came from: its channel and, for a need found on a visit, that visit. */
public record NeedSource(SourceChannel channel, Long visitId) {

    public NeedSource {
        Objects.requireNonNull(channel, "channel");
    }
}
