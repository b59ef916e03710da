package org.partnerhub.application.need;

import java.time.Instant;
import java.util.Set;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.need.NeedAction;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.need.SourceChannel;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.TargetGroup;

/**
 * A need as its reader may see it. {@code recordedBy} and {@code recordedByName} are given to signed-in readers with
 * rights beyond the public; {@code allowedActions} and {@code editable} say what this reader may do now.
 */
public record NeedView(Long id, long version, CodedName community, CodedName street, CodedName category, String title,
        String description, int beneficiaries, Set<TargetGroup> targetGroups, Urgency urgency, FundingMode fundingMode,
        long budgetFen, int fundYear, NeedStatus status, String statusReason, Long mergedIntoId, SourceChannel channel,
        Long visitId, String recordedBy, String recordedByName, Long recordedByPartnerId, Instant createdAt,
        Instant updatedAt, Instant publishedAt, Set<NeedAction> allowedActions, boolean editable) {}
