package org.partnerhub.web.matching;

import java.util.List;
import java.util.Locale;
import org.partnerhub.application.matching.Counterpart;
import org.partnerhub.application.matching.MatchView;
import org.partnerhub.domain.matching.MatchReason;
import org.partnerhub.web.api.CodedNameDto;

/** The JSON of matches. */
public final class MatchDtos {

    private MatchDtos() {}

    /**
     * One match: the pair, the score (0–100), the reasons (code, text in the caller's language, the points they stand
     * for), and the other side: {@code supply} on a need's matches, {@code need} on an item's.
     */
    public record MatchDto(Long needId, Long supplyId, int score, List<ReasonDto> reasons, SupplySummaryDto supply,
            NeedSummaryDto need) {

        public static MatchDto of(MatchView view, Locale locale) {
            Counterpart c = view.counterpart();
            boolean supply = c.kind() == Counterpart.Kind.SUPPLY;
            return new MatchDto(view.needId(), view.supplyId(), view.score(),
                    view.reasons().stream().map(r -> ReasonDto.of(r, locale)).toList(),
                    supply ? SupplySummaryDto.of(c) : null, supply ? null : NeedSummaryDto.of(c));
        }
    }

    public record ReasonDto(String code, String text, int points) {

        static ReasonDto of(MatchReason reason, Locale locale) {
            return new ReasonDto(reason.code().name(), reason.message().render(locale), reason.points());
        }
    }

    public record PartnerRefDto(Long id, String name) {}

    public record SupplySummaryDto(Long id, String title, CodedNameDto category, PartnerRefDto partner, String fundingMode,
            Integer capacity, Integer capacityLeft) {

        static SupplySummaryDto of(Counterpart c) {
            return new SupplySummaryDto(c.id(), c.title(), CodedNameDto.of(c.category()),
                    new PartnerRefDto(c.partnerId(), c.partnerName()), c.fundingMode().name(), c.capacity(),
                    c.capacityLeft());
        }
    }

    public record NeedSummaryDto(Long id, String title, CodedNameDto category, CodedNameDto community,
            String fundingMode, Long budgetFen) {

        static NeedSummaryDto of(Counterpart c) {
            return new NeedSummaryDto(c.id(), c.title(), CodedNameDto.of(c.category()), CodedNameDto.of(c.community()),
                    c.fundingMode().name(), c.budgetFen());
        }
    }
}
