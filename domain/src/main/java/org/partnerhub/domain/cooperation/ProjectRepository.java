package org.partnerhub.domain.cooperation;

import java.util.Optional;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** Partnership projects. */
public interface ProjectRepository {

    Optional<PartnershipProject> find(Long id);

    /** The project, locked for this transaction. */
    Optional<PartnershipProject> findForUpdate(Long id);

    Optional<PartnershipProject> findByIntent(Long intentId);

    /** One page, newest change first. */
    Page<PartnershipProject> find(ProjectQuery query, PageRequest page);

    void add(PartnershipProject project);

    void flush();
}
