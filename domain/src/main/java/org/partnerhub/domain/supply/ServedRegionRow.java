package org.partnerhub.domain.supply;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One of an item's served regions, mapped on its own for queries only: "which items serve one of these paths" is then
 * a lookup on the rows' path index ({@code s.id IN (SELECT r.supplyId FROM ServedRegionRow r WHERE r.regionPath IN
 * …)}), which the database answers before it reads any item. Never persisted (no constructor but JPA's, no setter): the
 * rows belong to {@link SupplyItem#getServiceAreas()}.
 */
@Entity
@Table(name = "supply_service_area")
@IdClass(ServedRegionRow.Key.class)
public class ServedRegionRow {

    @Id
    @Column(name = "supply_id")
    private Long supplyId;

    @Id
    @Column(name = "position")
    private int position;

    @Column(name = "region_path", insertable = false, updatable = false)
    private String regionPath;

    protected ServedRegionRow() {
        // for JPA
    }

    public Long getSupplyId() {
        return supplyId;
    }

    public String getRegionPath() {
        return regionPath;
    }

    /** The row's key: the item and the region's place in its list. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long supplyId;
        private int position;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(supplyId, other.supplyId) && position == other.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(supplyId, position);
        }
    }
}
