package org.partnerhub.domain.shared;

/** The caller tried too often in a short time and must wait. */
public class TooManyRequestsException extends BusinessException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(Message message) {
        this(message, 0);
    }

    /** With how long the caller should wait, in seconds (0: unknown, the answer names a default). */
    public TooManyRequestsException(Message message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = Math.max(0, retryAfterSeconds);
    }

    /** Seconds to wait before trying again; 0 when not known. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
