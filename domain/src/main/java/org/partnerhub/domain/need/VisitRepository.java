package org.partnerhub.domain.need;

import java.util.Optional;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** Community visits. */
public interface VisitRepository {

    Optional<Visit> find(Long id);

    Page<Visit> find(VisitQuery query, PageRequest page);

    void add(Visit visit);
}
