package org.partnerhub.application.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.partnerhub.application.need.NeedCooperation;
import org.partnerhub.application.need.NeedSummary;
import org.partnerhub.domain.cooperation.CooperationIntent;
import org.partnerhub.domain.cooperation.IntentRepository;

/**
 * Expires the intents nobody answered in time. Each batch is one conditional UPDATE (open and past its time) that
 * marks the rows with this run's id, so several servers running it at the same moment expire each intent exactly once
 * and each knows which ones it expired; those then get their history entry, and both sides are told after the commit.
 */
@ApplicationScoped
public class IntentExpiry {

    @Inject
    IntentRepository intents;

    @Inject
    NeedCooperation needs;

    @Inject
    Event<IntentMoved> moved;

    /** One batch in one transaction; how many intents this call expired. */
    @Transactional
    public int expireBatch(Instant now) {
        String run = UUID.randomUUID().toString();
        int expired = intents.expireDue(now, run);
        if (expired == 0) {
            return 0;
        }
        List<CooperationIntent> mine = intents.expiredIn(run);
        for (CooperationIntent intent : mine) {
            intent.recordExpiry(now);
            String title = needs.find(intent.getNeedId()).map(NeedSummary::title).orElse("#" + intent.getNeedId());
            moved.fire(new IntentMoved(intent.getId(), title, "EXPIRE", null, intent.getStatus(), intent.getPartnerId(),
                    intent.getCommunityPath()));
        }
        intents.flush();
        return expired;
    }
}
