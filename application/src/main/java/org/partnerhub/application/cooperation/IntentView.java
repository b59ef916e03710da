package org.partnerhub.application.cooperation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.cooperation.IntentAction;
import org.partnerhub.domain.cooperation.IntentParty;
import org.partnerhub.domain.cooperation.IntentStatus;

/**
 * An intent as a reader sees it: both sides named, who agreed, until when it waits, which side the reader is on and
 * what the reader may do now; on a single read also the thread and the history.
 */
public record IntentView(
        Long id,
        long version,
        IntentStatus status,
        IntentParty proposedBy,
        Long needId,
        String needTitle,
        CodedName community,
        Long supplyId,
        String supplyTitle,
        Long partnerId,
        String partnerName,
        CodedName category,
        boolean communityAgreed,
        boolean partnerAgreed,
        Instant expiresAt,
        Instant createdAt,
        Instant updatedAt,
        IntentParty mySide,
        Set<IntentAction> allowedActions,
        Long projectId,
        List<Note> notes,
        List<Entry> history) {

    /** One message of the thread. */
    public record Note(Long id, IntentParty party, String authorName, String authorDisplay, String text,
            Instant createdAt) {}

    /** One history entry. */
    public record Entry(Instant occurredAt, String action, IntentParty party, String actorName, String actorDisplay,
            String note, IntentStatus fromStatus, IntentStatus toStatus) {}
}
