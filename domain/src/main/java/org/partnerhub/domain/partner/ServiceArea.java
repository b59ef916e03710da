package org.partnerhub.domain.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;

/** A region a partner serves, with the region's path copied so that "serves this community?" needs no join. */
@Embeddable
public class ServiceArea {

    @Column(name = "region_code", nullable = false, length = RegionCode.MAX_LENGTH)
    private RegionCode regionCode;

    @Column(name = "region_path", nullable = false, length = 255)
    private String regionPath;

    protected ServiceArea() {
        // for JPA
    }

    public ServiceArea(Region region) {
        this.regionCode = region.getCode();
        this.regionPath = region.getPath();
    }

    public RegionCode getRegionCode() {
        return regionCode;
    }

    public String getRegionPath() {
        return regionPath;
    }

    /** Whether this area covers {@code path} entirely (it is that region or an ancestor of it). */
    public boolean covers(String path) {
        return path.startsWith(regionPath);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceArea other && regionCode.equals(other.regionCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionCode);
    }
}
