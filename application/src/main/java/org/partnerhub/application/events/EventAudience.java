package org.partnerhub.application.events;

/**
 * Who may see the event in the feed and through webhooks. {@code internal} = never leaves the server (e.g.
 * "notification.created"); {@code isPublic} = anyone may see it; otherwise the district, plus staff of
 * {@code regionPath} (a region path like "/510108/510108001/…", null = district only) and the users of
 * {@code partnerId} (null = none).
 */
public record EventAudience(boolean internal, boolean isPublic, String regionPath, Long partnerId) {

    /** Anyone may see it. */
    public static EventAudience everyone() {
        return new EventAudience(false, true, null, null);
    }

    /** The district, the staff of this region (null = district only) and the users of this partner (null = none). */
    public static EventAudience restricted(String regionPath, Long partnerId) {
        return new EventAudience(false, false, regionPath, partnerId);
    }

    /** Never leaves the server: not in the feed, not on webhooks. */
    public static EventAudience internalOnly() {
        return new EventAudience(true, false, null, null);
    }
}
