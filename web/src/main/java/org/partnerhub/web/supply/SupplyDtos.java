package org.partnerhub.web.supply;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.partnerhub.application.need.TraceEntry;
import org.partnerhub.application.supply.SupplyView;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.domain.supply.SupplyAction;
import org.partnerhub.domain.supply.SupplyStatus;
import org.partnerhub.application.shared.Synced;
import org.partnerhub.web.api.CodedNameDto;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.shared.ApiTime;

/** The JSON shapes of the supply context's API. */
public final class SupplyDtos {

    private SupplyDtos() {}

    /**
     * A new supply item or an edit (an edit ignores {@code publish}). An item as GET answered it is also accepted:
     * {@code category} and {@code serviceRegions} stand for {@code categoryCode} and {@code serviceRegionCodes} when
     * those are absent; its read-only fields are ignored.
     */
    public record SupplyRequest(String title, String categoryCode, String description, List<String> serviceRegionCodes,
            Integer capacity, FundingMode fundingMode, String priceNote, Set<TargetGroup> targetGroups,
            String contactName, String contactPhone, Boolean publish, CodedNameDto category,
            List<CodedNameDto> serviceRegions) {}

    /** The partner an item belongs to, and whether it is in the public library now. */
    public record PartnerRefDto(Long id, String name, boolean listed) {}

    /**
     * A supply item (in a sync, {@code ?updatedSince=}, possibly a tombstone: see {@link #of(Synced)}).
     * {@code contactName} goes to its partner, the district and auditors only, {@code contactPhone} (in
     * clear) to them on a single read; everyone else sees {@code contactPhoneMasked}.
     */
    public record SupplyDto(Long id, PartnerRefDto partner, CodedNameDto category, String title, String description,
            List<CodedNameDto> serviceRegions, Integer capacity, Integer capacityInUse, Integer capacityLeft,
            FundingMode fundingMode, String priceNote, Set<TargetGroup> targetGroups, String contactName,
            String contactPhoneMasked, String contactPhone, SupplyStatus status, String statusReason,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime publishedAt,
            Set<SupplyAction> allowedActions, Boolean deleted) {

        /** A tombstone in a sync: only {@code id}, {@code status}, {@code updatedAt} and {@code "deleted": true}. */
        static SupplyDto of(Synced<SupplyView> entry) {
            if (entry.view() != null) {
                return of(entry.view());
            }
            Synced.Tombstone t = entry.tombstone();
            return new SupplyDto(t.id(), null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, Enums.find(SupplyStatus.class, t.status()), null, null, ApiTime.of(t.updatedAt()), null, null,
                    Boolean.TRUE);
        }

        static SupplyDto of(SupplyView s) {
            return new SupplyDto(s.id(), new PartnerRefDto(s.partnerId(), s.partnerName(), s.partnerListed()),
                    CodedNameDto.of(s.category()), s.title(), s.description(),
                    s.serviceRegions().stream().map(CodedNameDto::of).toList(), s.capacity(), s.capacityInUse(),
                    s.capacityLeft(), s.fundingMode(), s.priceNote(), s.targetGroups(), s.contactName(),
                    s.contactPhoneMasked(), s.contactPhone(), s.status(), s.statusReason(), ApiTime.of(s.createdAt()),
                    ApiTime.of(s.updatedAt()), ApiTime.of(s.publishedAt()),
                    s.allowedActions().isEmpty() ? null : s.allowedActions(), null);
        }
    }

    /** A move: {@code PUBLISH}, {@code PAUSE}, {@code RESUME}, {@code WITHDRAW}; the district gives a reason. */
    public record TransitionRequest(String action, String reason) {}

    public record ChangeDto(String field, String from, String to) {}

    public record HistoryDto(OffsetDateTime at, String action, String actor, String actorName, String reason,
            List<ChangeDto> changes) {

        static HistoryDto of(TraceEntry e) {
            return new HistoryDto(ApiTime.of(e.at()), e.action(), e.actor(), e.actorName(), e.reason(),
                    e.changes().stream().map(c -> new ChangeDto(c.field(), c.from(), c.to())).toList());
        }
    }
}
