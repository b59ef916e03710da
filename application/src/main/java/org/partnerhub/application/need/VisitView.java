package org.partnerhub.application.need;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.need.VisitFormat;

/** A visit, with the needs recorded from it (those the reader may see). */
public record VisitView(Long id, CodedName community, CodedName street, LocalDate visitDate, VisitFormat format,
        int participantCount, String participants, String summary, String recordedBy, String recordedByName,
        Long recordedByPartnerId, Instant createdAt, List<NeedLine> needs, boolean mayAddNeeds) {

    /** A need found on the visit. */
    public record NeedLine(Long id, String title, NeedStatus status) {}
}
