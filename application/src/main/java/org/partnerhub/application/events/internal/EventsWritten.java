package org.partnerhub.application.events.internal;

/** Fired (in process) when an event is written; observed after a successful commit to nudge the dispatcher. */
public record EventsWritten(long sequence) {
}
