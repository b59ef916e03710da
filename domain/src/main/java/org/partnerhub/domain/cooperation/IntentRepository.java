package org.partnerhub.domain.cooperation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** Cooperation intents. */
public interface IntentRepository {

    Optional<CooperationIntent> find(Long id);

    /** The intent, locked for this transaction: its moves are made one after the other. */
    Optional<CooperationIntent> findForUpdate(Long id);

    /** One page, newest change first. */
    Page<CooperationIntent> find(IntentQuery query, PageRequest page);

    /** How many intents of the query there are in each status. */
    Map<IntentStatus, Long> countByStatus(IntentQuery query);

    /** Whether the need and the item already have an intent that is open. */
    boolean existsOpen(Long needId, Long supplyId);

    /**
     * Expires, in one conditional update, every open intent whose time ran out before {@code now}, marking them with
     * {@code run}: when several servers run it at once each intent is expired by exactly one of them.
     *
     * @return how many this call expired
     */
    int expireDue(Instant now, String run);

    /** The intents the expiry {@code run} expired. */
    List<CooperationIntent> expiredIn(String run);

    void add(CooperationIntent intent);

    void flush();
}
