package org.partnerhub.domain.need;

import java.util.List;
import java.util.Optional;
import org.partnerhub.domain.region.RegionCode;

/** The communities' yearly funds. */
public interface CommunityFundRepository {

    Optional<CommunityFund> find(RegionCode community, int year);

    /** The fund, locked until the transaction ends: earmarks against it are checked one after the other. */
    Optional<CommunityFund> findForUpdate(RegionCode community, int year);

    /** The funds of {@code year} of the communities under {@code regionPath}, by community code. */
    List<CommunityFund> findUnder(String regionPath, int year);

    void add(CommunityFund fund);

    /** Writes pending changes now, so that the unique key on (community, year) speaks inside the use case. */
    void flush();
}
