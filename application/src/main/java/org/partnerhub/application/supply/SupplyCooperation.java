package org.partnerhub.application.supply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.supply.SupplyItem;
import org.partnerhub.domain.supply.SupplyRepository;
import org.partnerhub.domain.supply.SupplyStatus;

/**
 * The supply context's API for the cooperation context: an item's summary, and taking and releasing one unit of its
 * capacity on the locked item, in the caller's transaction (MANDATORY). The caller locks its intent or project and the
 * need (with its fund) first; the item comes last in the lock order.
 */
@ApplicationScoped
@Transactional
public class SupplyCooperation {

    @Inject
    SupplyRepository supplies;

    /** The item's summary, if it exists (whoever asks: the caller decides what it shows). */
    public Optional<ItemSummary> find(Long itemId) {
        return supplies.find(itemId).map(SupplyCooperation::summary);
    }

    /** The summaries of these items (those that exist), by id, in one query. */
    public Map<Long, ItemSummary> summaries(Collection<Long> ids) {
        return supplies.findByIds(ids).stream().map(SupplyCooperation::summary)
                .collect(Collectors.toMap(ItemSummary::id, Function.identity()));
    }

    /**
     * An agreement takes one unit of the item's capacity (the item locked): refused (409) when the item is no longer
     * published (paused or withdrawn since the proposal) or its capacity is all in use.
     */
    @Transactional(TxType.MANDATORY)
    public void takeCapacity(Long itemId) {
        SupplyItem item = supplies.findForUpdate(itemId).orElseThrow(() -> notFound(itemId));
        if (item.getStatus() != SupplyStatus.PUBLISHED) {
            throw new ConflictException(Message.of("intent.supply.status", item.getStatus().name()));
        }
        item.takeCapacity();
    }

    /** A delivered or cancelled project gives its unit of capacity back (the item locked). */
    @Transactional(TxType.MANDATORY)
    public void releaseCapacity(Long itemId) {
        supplies.findForUpdate(itemId).orElseThrow(() -> notFound(itemId)).releaseCapacity();
    }

    static ItemSummary summary(SupplyItem item) {
        return new ItemSummary(item.getId(), item.getTitle(), item.getPartnerId(), item.getStatus().name(),
                item.getStatus() == SupplyStatus.PUBLISHED, item.isPartnerListed());
    }

    private static NotFoundException notFound(Long itemId) {
        return new NotFoundException(Message.of("supply.notFound", String.valueOf(itemId)));
    }
}
