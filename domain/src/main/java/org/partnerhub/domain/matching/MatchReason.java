package org.partnerhub.domain.matching;

import org.partnerhub.domain.shared.Message;

/**
 * One reason of a match: its code, its text (a bundle key and arguments, rendered in the reader's language) and the
 * points of the score it stands for (0 for reasons that only explain, such as the rating behind a track record).
 */
public record MatchReason(ReasonCode code, Message message, int points) {

    static MatchReason of(ReasonCode code, int points, Object... args) {
        return new MatchReason(code, Message.of(code.messageKey(), args), points);
    }
}
