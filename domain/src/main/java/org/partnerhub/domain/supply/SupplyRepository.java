package org.partnerhub.domain.supply;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** Supply items. */
public interface SupplyRepository {

    Optional<SupplyItem> find(Long id);

    /** The item, locked for this transaction (the version still guards edits made from a form read earlier). */
    Optional<SupplyItem> findForUpdate(Long id);

    /**
     * The items of the query, one page. The text terms are matched here ({@code LIKE} on title and description, every
     * term required) until a search index takes over this one method.
     */
    Page<SupplyItem> find(SupplyQuery query, PageRequest page);

    /** The items of these ids that exist, by id. */
    List<SupplyItem> findByIds(Collection<Long> ids);

    /** Records on every item of the partner whether the partner is in the public library now. */
    void setPartnerListed(Long partnerId, boolean listed);

    /** Records on every item of the partner its name, after a reviewed change of identity. */
    void setPartnerName(Long partnerId, String name);

    void add(SupplyItem item);

    /** Which of these import keys are stored already (one query). */
    Set<String> existingImportKeys(Collection<String> keys);

    void flush();
}
