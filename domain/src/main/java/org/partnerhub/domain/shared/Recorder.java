package org.partnerhub.domain.shared;

/**
 * Who made an entry or a change, as the records keep it: the user name, the display name at that moment, and the
 * partner organisation when a partner's user acted.
 */
public record Recorder(String username, String displayName, Long partnerId) {

    public Recorder {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a recorder has a user name");
        }
        if (displayName != null && displayName.length() > 50) {
            displayName = displayName.substring(0, 50);
        }
    }
}
