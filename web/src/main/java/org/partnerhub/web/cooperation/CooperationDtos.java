package org.partnerhub.web.cooperation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerhub.application.cooperation.IntentView;
import org.partnerhub.application.cooperation.ProjectView;
import org.partnerhub.domain.cooperation.IntentAction;
import org.partnerhub.domain.cooperation.IntentParty;
import org.partnerhub.domain.cooperation.IntentStatus;
import org.partnerhub.domain.cooperation.ProjectStatus;
import org.partnerhub.web.api.CodedNameDto;
import org.partnerhub.web.shared.ApiTime;

/** The JSON shapes of the cooperation context's API. */
public final class CooperationDtos {

    private CooperationDtos() {}

    /** A proposal: the need, the supply item, and an optional first note. */
    public record IntentRequest(Long needId, Long supplyId, String note) {}

    /** A move: {@code ACCEPT}, {@code DECLINE}, {@code AGREE}, {@code WITHDRAW}, with an optional note. */
    public record TransitionRequest(String action, String note) {}

    /** A note in the negotiation thread. */
    public record NoteRequest(String text) {}

    public record NoteDto(Long id, IntentParty party, String author, String authorName, String text,
            OffsetDateTime createdAt) {

        static NoteDto of(IntentView.Note n) {
            return new NoteDto(n.id(), n.party(), n.authorName(), n.authorDisplay(), n.text(), ApiTime.of(n.createdAt()));
        }
    }

    public record IntentEventDto(OffsetDateTime at, String action, IntentParty party, String actor, String actorName,
            String note, IntentStatus from, IntentStatus to) {

        static IntentEventDto of(IntentView.Entry e) {
            return new IntentEventDto(ApiTime.of(e.occurredAt()), e.action(), e.party(), e.actorName(), e.actorDisplay(),
                    e.note(), e.fromStatus(), e.toStatus());
        }
    }

    public record RefDto(Long id, String title) {}

    public record PartnerRefDto(Long id, String name) {}

    /**
     * An intent. {@code mySide} is the reader's side (absent for the district), {@code allowedActions} what the reader
     * may do now; {@code notes} and {@code history} come on a single read.
     */
    public record IntentDto(Long id, IntentStatus status, IntentParty proposedBy, RefDto need, CodedNameDto community,
            RefDto supply, PartnerRefDto partner, CodedNameDto category, boolean communityAgreed, boolean partnerAgreed,
            OffsetDateTime expiresAt, OffsetDateTime createdAt, OffsetDateTime updatedAt, IntentParty mySide,
            Set<IntentAction> allowedActions, Long projectId, List<NoteDto> notes, List<IntentEventDto> history) {

        static IntentDto of(IntentView v) {
            return new IntentDto(v.id(), v.status(), v.proposedBy(), new RefDto(v.needId(), v.needTitle()),
                    CodedNameDto.of(v.community()), new RefDto(v.supplyId(), v.supplyTitle()),
                    new PartnerRefDto(v.partnerId(), v.partnerName()), CodedNameDto.of(v.category()),
                    v.communityAgreed(), v.partnerAgreed(), ApiTime.of(v.expiresAt()), ApiTime.of(v.createdAt()),
                    ApiTime.of(v.updatedAt()), v.mySide(), v.allowedActions(), v.projectId(),
                    v.notes().isEmpty() ? null : v.notes().stream().map(NoteDto::of).toList(),
                    v.history().isEmpty() ? null : v.history().stream().map(IntentEventDto::of).toList());
        }
    }

    /** The intents list with the reader's counts per status (the inbox's groups). */
    public record IntentListDto(List<IntentDto> items, int page, int size, long total, Map<IntentStatus, Long> counts) {}

    public record MilestoneDto(String title, LocalDate dueDate, Boolean done) {}

    /** The partner's plan: text, dates, milestones (replaces the previous plan). */
    public record PlanRequest(String plan, LocalDate startDate, LocalDate endDate, List<MilestoneDto> milestones) {}

    /** A photo in a report: the file's name and its bytes in Base64 (JPEG or PNG, at most 10 MB). */
    public record PhotoRequest(String name, String contentBase64) {}

    /** A progress report of the partner. */
    public record ReportRequest(String text, Integer peopleServed, List<PhotoRequest> photos) {}

    /** The community confirms delivery and evaluates: {@code rating} 1–5 and a comment. */
    public record DeliveryRequest(Integer rating, String comment) {}

    /** Either side cancels before delivery, with a reason. */
    public record CancelRequest(String reason) {}

    /** The district picks a delivered project as a showcase case ({@code true}) or takes it back. */
    public record ShowcaseRequest(Boolean showcase) {}

    public record ReportDto(Long id, String text, int peopleServed, List<String> photos, String author,
            String authorName, OffsetDateTime createdAt) {}

    public record EvaluationDto(int rating, String comment, OffsetDateTime evaluatedAt) {}

    public record ProjectDto(Long id, Long intentId, Long needId, RefDto supply, PartnerRefDto partner,
            CodedNameDto community, CodedNameDto category, String title, String plan, LocalDate startDate,
            LocalDate endDate, List<MilestoneDto> milestones, ProjectStatus status, String statusReason,
            EvaluationDto evaluation, boolean showcase, OffsetDateTime showcaseAt, int peopleServed,
            List<ReportDto> reports, OffsetDateTime createdAt, OffsetDateTime updatedAt, IntentParty mySide) {

        static ProjectDto of(ProjectView p) {
            return new ProjectDto(p.id(), p.intentId(), p.needId(), new RefDto(p.supplyId(), p.supplyTitle()),
                    new PartnerRefDto(p.partnerId(), p.partnerName()), CodedNameDto.of(p.community()),
                    CodedNameDto.of(p.category()), p.title(), p.plan(), p.startDate(), p.endDate(),
                    p.milestones().stream().map(m -> new MilestoneDto(m.title(), m.dueDate(), m.done())).toList(),
                    p.status(), p.statusReason(),
                    p.rating() == null ? null : new EvaluationDto(p.rating(), p.evaluationComment(),
                            ApiTime.of(p.evaluatedAt())),
                    p.showcase(), ApiTime.of(p.showcaseAt()), p.peopleServed(),
                    p.reports().stream().map(r -> new ReportDto(r.id(), r.text(), r.peopleServed(),
                            r.photoKeys().stream().map(k -> "v1/projects/" + p.id() + "/photos/" + k).toList(),
                            r.authorName(), r.authorDisplay(), ApiTime.of(r.createdAt()))).toList(),
                    ApiTime.of(p.createdAt()), ApiTime.of(p.updatedAt()), p.mySide());
        }
    }
}
