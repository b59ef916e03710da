package org.partnerhub.application.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionName;
import org.partnerhub.domain.region.RegionRepository;

/** The region context's API for naming regions in other contexts' lists (unknown codes are absent). */
@ApplicationScoped
@Transactional
public class RegionNames {

    @Inject
    RegionRepository regions;

    /** From this server's copy of the names (trusted for a minute; {@link RegionRepository#namesOf}): no statement. */
    public Map<RegionCode, CodedName> of(Collection<RegionCode> codes) {
        Map<RegionCode, CodedName> found = new HashMap<>();
        for (RegionName r : regions.namesOf(codes).values()) {
            found.put(r.code(), new CodedName(r.code().value(), r.nameZh(), r.nameEn()));
        }
        return found;
    }

    /** Read from the tree now (one statement), for what is written once and kept (a notification's text). */
    public Map<RegionCode, CodedName> current(Collection<RegionCode> codes) {
        Map<RegionCode, CodedName> found = new HashMap<>();
        if (!codes.isEmpty()) {
            for (Region r : regions.findByCodes(codes)) {
                found.put(r.getCode(), new CodedName(r.getCode().value(), r.getNameZh(), r.getNameEn()));
            }
        }
        return found;
    }
}
