package org.partnerhub.web.need;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.partnerhub.application.need.FundView;
import org.partnerhub.application.need.NeedView;
import org.partnerhub.application.need.PainPointView;
import org.partnerhub.application.need.SimilarNeed;
import org.partnerhub.application.need.TraceEntry;
import org.partnerhub.application.need.VisitView;
import org.partnerhub.domain.need.NeedAction;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.need.PainPointAction;
import org.partnerhub.domain.need.PainPointStatus;
import org.partnerhub.domain.need.SourceChannel;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.need.VisitFormat;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.application.shared.Synced;
import org.partnerhub.web.api.CodedNameDto;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.shared.ApiTime;

/** The JSON shapes of the need context's API: needs, their history, visits, pain points and community funds. */
public final class NeedDtos {

    private NeedDtos() {}

    /** Where a need came from. */
    public record SourceDto(SourceChannel channel, Long visitId) {}

    /**
     * A new need or an edit (an edit ignores {@code source}, {@code fundYear} and {@code publish}). A need as GET
     * answered it is also accepted: {@code community} and {@code category} stand for {@code communityCode} and
     * {@code categoryCode} when those are absent; its read-only fields are ignored.
     */
    public record NeedRequest(String communityCode, String categoryCode, String title, String description,
            Integer beneficiaries, Set<TargetGroup> targetGroups, Urgency urgency, FundingMode fundingMode, Long budgetFen,
            SourceDto source, Integer fundYear, Boolean publish, CodedNameDto community, CodedNameDto category) {}

    /**
     * A need. {@code source.visitId}, {@code recordedBy} and {@code recordedByName} are given to its owners, the
     * partner that recorded it, the district and auditors only. In a sync ({@code ?updatedSince=}) a need the reader
     * could see before and no longer sees is a tombstone: only {@code id}, {@code status}, {@code mergedIntoId},
     * {@code updatedAt} and {@code "deleted": true}.
     */
    public record NeedDto(Long id, CodedNameDto community, CodedNameDto street, CodedNameDto category, String title,
            String description, Integer beneficiaries, Set<TargetGroup> targetGroups, Urgency urgency,
            FundingMode fundingMode, Long budgetFen, Integer fundYear, NeedStatus status, String statusReason,
            Long mergedIntoId, SourceDto source, String recordedBy, String recordedByName, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, OffsetDateTime publishedAt, Set<NeedAction> allowedActions, Boolean deleted) {

        static NeedDto of(Synced<NeedView> entry) {
            if (entry.view() != null) {
                return of(entry.view());
            }
            Synced.Tombstone t = entry.tombstone();
            return new NeedDto(t.id(), null, null, null, null, null, null, null, null, null, null, null,
                    Enums.find(NeedStatus.class, t.status()), null, t.mergedIntoId(), null, null, null, null,
                    ApiTime.of(t.updatedAt()), null, null, Boolean.TRUE);
        }

        static NeedDto of(NeedView n) {
            return new NeedDto(n.id(), CodedNameDto.of(n.community()), CodedNameDto.of(n.street()),
                    CodedNameDto.of(n.category()), n.title(), n.description(), n.beneficiaries(), n.targetGroups(),
                    n.urgency(), n.fundingMode(), n.budgetFen(), n.fundYear(), n.status(), n.statusReason(),
                    n.mergedIntoId(), new SourceDto(n.channel(), n.visitId()), n.recordedBy(), n.recordedByName(),
                    ApiTime.of(n.createdAt()), ApiTime.of(n.updatedAt()), ApiTime.of(n.publishedAt()),
                    n.allowedActions().isEmpty() ? null : n.allowedActions(), null);
        }
    }

    /** A need just recorded, with the open needs of its street it may duplicate. */
    public record RecordedDto(NeedDto need, List<SimilarDto> possibleDuplicates) {}

    public record SimilarDto(Long id, String title, CodedNameDto community, NeedStatus status, int similarityPercent) {

        static SimilarDto of(SimilarNeed s) {
            return new SimilarDto(s.id(), s.title(), CodedNameDto.of(s.community()), s.status(), s.similarityPercent());
        }
    }

    /** A move: {@code PUBLISH}, {@code CLOSE} (with a reason), {@code REOPEN}. */
    public record TransitionRequest(String action, String reason) {}

    /** Close this need as merged into {@code into}. */
    public record MergeRequest(Long into, String reason) {}

    public record ChangeDto(String field, String from, String to) {}

    public record HistoryDto(OffsetDateTime at, String action, String actor, String actorName, String reason,
            List<ChangeDto> changes) {

        static HistoryDto of(TraceEntry e) {
            return new HistoryDto(ApiTime.of(e.at()), e.action(), e.actor(), e.actorName(), e.reason(),
                    e.changes().stream().map(c -> new ChangeDto(c.field(), c.from(), c.to())).toList());
        }
    }

    public record VisitRequest(String communityCode, LocalDate visitDate, VisitFormat format, Integer participantCount,
            String participants, String summary) {}

    public record VisitNeedDto(Long id, String title, NeedStatus status) {}

    public record VisitDto(Long id, CodedNameDto community, CodedNameDto street, LocalDate visitDate, VisitFormat format,
            int participantCount, String participants, String summary, String recordedBy, String recordedByName,
            OffsetDateTime createdAt, List<VisitNeedDto> needs) {

        static VisitDto of(VisitView v) {
            return new VisitDto(v.id(), CodedNameDto.of(v.community()), CodedNameDto.of(v.street()), v.visitDate(),
                    v.format(), v.participantCount(), v.participants(), v.summary(), v.recordedBy(), v.recordedByName(),
                    ApiTime.of(v.createdAt()),
                    v.needs().stream().map(n -> new VisitNeedDto(n.id(), n.title(), n.status())).toList());
        }
    }

    public record PainPointRequest(String streetCode, String categoryCode, String title, String description,
            Boolean publish) {}

    public record PainPointDto(Long id, CodedNameDto street, CodedNameDto category, String title, String description,
            PainPointStatus status, String statusReason, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            Set<PainPointAction> allowedActions) {

        static PainPointDto of(PainPointView p) {
            return new PainPointDto(p.id(), CodedNameDto.of(p.street()), CodedNameDto.of(p.category()), p.title(),
                    p.description(), p.status(), p.statusReason(), ApiTime.of(p.createdAt()), ApiTime.of(p.updatedAt()),
                    p.allowedActions().isEmpty() ? null : p.allowedActions());
        }
    }

    public record FundRequest(Long amountFen) {}

    public record FundDto(CodedNameDto community, CodedNameDto street, int year, Long amountFen, long earmarkedFen,
            long remainingFen, String updatedBy, OffsetDateTime updatedAt) {

        static FundDto of(FundView f) {
            return new FundDto(CodedNameDto.of(f.community()), CodedNameDto.of(f.street()), f.year(), f.amountFen(),
                    f.earmarkedFen(), f.remainingFen(), f.updatedBy(), ApiTime.of(f.updatedAt()));
        }
    }
}
