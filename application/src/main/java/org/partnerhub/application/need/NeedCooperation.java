package org.partnerhub.application.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.need.CommunityFund;
import org.partnerhub.domain.need.CommunityFundRepository;
import org.partnerhub.domain.need.Need;
import org.partnerhub.domain.need.NeedAction;
import org.partnerhub.domain.need.NeedRepository;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.Money;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.Recorder;

/**
 * The need context's API for the cooperation context: a need's summary, and the acts an intent or a project makes on a
 * need and its community's fund. The acts run in the caller's transaction (MANDATORY) — an agreement draws the fund,
 * starts the need's cooperation and takes the item's capacity all or nothing — and keep the lock order of the
 * agreement: the caller has locked its intent or project; here the fund is locked before the need, as everywhere in
 * the need context; the caller locks the supply item after.
 */
@ApplicationScoped
@Transactional
public class NeedCooperation {

    @Inject
    NeedRepository needs;

    @Inject
    CommunityFundRepository funds;

    @Inject
    NeedAccess access;

    @Inject
    NeedEvents needEvents;

    /** The need's summary, if it exists (whoever asks: the caller decides what it shows). */
    public Optional<NeedSummary> find(Long needId) {
        return needs.find(needId).map(NeedCooperation::summary);
    }

    /** The need's summary if it exists and {@code actor} may read it. */
    public Optional<NeedSummary> readable(Actor actor, Long needId) {
        return needs.find(needId).filter(n -> access.mayRead(actor, n)).map(NeedCooperation::summary);
    }

    /** The summaries of these needs (those that exist), by id, in one query. */
    public Map<Long, NeedSummary> summaries(Collection<Long> ids) {
        return needs.findByIds(ids).stream().map(NeedCooperation::summary)
                .collect(Collectors.toMap(NeedSummary::id, Function.identity()));
    }

    /**
     * An agreement on the need: its budget is drawn from its community's fund of its year (locked first), then the
     * need (locked) goes into cooperation. Refused (409) when the fund cannot pay or the need is no longer open to it;
     * answers the need as it is now.
     *
     * @param reference what the need's history names as the reason (the intent)
     */
    @Transactional(TxType.MANDATORY)
    public NeedSummary startCooperation(Long needId, Recorder recorder, String reference, Instant now) {
        Need need = needs.find(needId).orElseThrow(() -> notFound(needId));
        if (need.getBudgetFen() > 0) {
            CommunityFund fund = funds.findForUpdate(need.getCommunityCode(), need.getFundYear())
                    .orElseThrow(() -> new ConflictException(Message.of("fund.overdrawn",
                            String.valueOf(need.getFundYear()), Money.yuan(0), Money.yuan(need.getBudgetFen()))));
            fund.draw(need.getBudgetFen());
        }
        Need locked = needs.findForUpdate(needId).orElseThrow(() -> notFound(needId));
        if (!NeedAction.START_COOPERATION.allowedFrom(locked.getStatus())) {
            throw new ConflictException(Message.of("intent.need.taken", locked.getStatus().name()));
        }
        locked.apply(NeedAction.START_COOPERATION, recorder, reference, now);
        needEvents.need("cooperation-started", locked);
        return summary(locked);
    }

    /** A delivered project: the need (locked) is fulfilled, if it still may be. */
    @Transactional(TxType.MANDATORY)
    public void fulfil(Long needId, Recorder recorder, String reason, Instant now) {
        Need need = needs.findForUpdate(needId).orElseThrow(() -> notFound(needId));
        if (NeedAction.FULFIL.allowedFrom(need.getStatus())) {
            need.apply(NeedAction.FULFIL, recorder, reason, now);
            needEvents.need("fulfilled", need);
        }
    }

    /**
     * A cancelled project: the drawn budget goes back to the fund (locked first), and the need (locked) is open again,
     * if it still may be.
     */
    @Transactional(TxType.MANDATORY)
    public void endCooperation(Long needId, Recorder recorder, String reason, Instant now) {
        Need current = needs.find(needId).orElseThrow(() -> notFound(needId));
        if (current.getBudgetFen() > 0) {
            // the fund before the need, as everywhere
            funds.findForUpdate(current.getCommunityCode(), current.getFundYear())
                    .ifPresent(f -> f.giveBack(current.getBudgetFen()));
        }
        Need need = needs.findForUpdate(needId).orElseThrow(() -> notFound(needId));
        if (NeedAction.RESUME.allowedFrom(need.getStatus())) {
            need.apply(NeedAction.RESUME, recorder, reason, now);
            needEvents.need("resumed", need);
        }
    }

    static NeedSummary summary(Need need) {
        return new NeedSummary(need.getId(), need.getTitle(), need.getStatus().name(),
                need.getStatus() == NeedStatus.PUBLISHED, need.getCommunityCode(), need.getRegionPath(),
                need.getCategoryCode(), need.getFundingMode(), need.getBudgetFen(), need.getFundYear());
    }

    private static NotFoundException notFound(Long needId) {
        return new NotFoundException(Message.of("need.notFound", String.valueOf(needId)));
    }
}
