package org.partnerhub.domain.need;

import java.util.Optional;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** The streets' governance pain points. */
public interface PainPointRepository {

    Optional<PainPoint> find(Long id);

    Optional<PainPoint> findForUpdate(Long id);

    Page<PainPoint> find(PainPointQuery query, PageRequest page);

    void add(PainPoint painPoint);

    void flush();
}
