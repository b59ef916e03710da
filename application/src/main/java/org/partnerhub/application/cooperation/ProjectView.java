package org.partnerhub.application.cooperation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.cooperation.IntentParty;
import org.partnerhub.domain.cooperation.ProjectStatus;

/** A partnership project as a reader sees it, with what the reader may do now. */
public record ProjectView(
        Long id,
        long version,
        Long intentId,
        Long needId,
        Long supplyId,
        String supplyTitle,
        Long partnerId,
        String partnerName,
        CodedName community,
        CodedName category,
        String title,
        String plan,
        LocalDate startDate,
        LocalDate endDate,
        List<MilestoneView> milestones,
        ProjectStatus status,
        String statusReason,
        Integer rating,
        String evaluationComment,
        Instant evaluatedAt,
        boolean showcase,
        Instant showcaseAt,
        int peopleServed,
        List<ReportView> reports,
        Instant createdAt,
        Instant updatedAt,
        IntentParty mySide,
        boolean mayPlan,
        boolean mayReport,
        boolean mayDeliver,
        boolean mayCancel,
        boolean maySelectShowcase) {

    public record MilestoneView(String title, LocalDate dueDate, boolean done) {}

    /** A progress report; photos are file keys, read through the project. */
    public record ReportView(Long id, String text, int peopleServed, List<String> photoKeys, String authorName,
            String authorDisplay, Instant createdAt) {}
}
