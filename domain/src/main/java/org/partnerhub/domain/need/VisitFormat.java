package org.partnerhub.domain.need;

/** The three formats of the community visits (社区串门计划), each the source channel of the needs it brings up. */
public enum VisitFormat {
    FIELD_RESEARCH(SourceChannel.FIELD_VISIT),
    SYMPOSIUM(SourceChannel.SYMPOSIUM),
    DELIBERATION_DAY(SourceChannel.DELIBERATION_DAY);

    private final SourceChannel channel;

    VisitFormat(SourceChannel channel) {
        this.channel = channel;
    }

    public SourceChannel channel() {
        return channel;
    }
}
