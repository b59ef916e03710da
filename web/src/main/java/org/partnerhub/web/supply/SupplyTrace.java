package org.partnerhub.web.supply;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.application.region.RegionService;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.supply.SupplyStatus;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.faces.Labels;
import org.partnerhub.web.need.Trace;

/**
 * A supply item's history values in the reader's words ({@code #{supplyTrace.value(field, value)}}): statuses and
 * regions by name; the fields it shares with needs are read as {@link Trace} reads them.
 */
@Named("supplyTrace")
@RequestScoped
public class SupplyTrace {

    @Inject
    Trace trace;

    @Inject
    Labels labels;

    @Inject
    RegionService regions;

    public String value(String field, String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        return switch (field) {
            case "status" -> labels.of(Enums.find(SupplyStatus.class, value), value);
            case "serviceRegionCodes" -> regions(value);
            case "partnerId" -> "#" + value;
            default -> trace.need(field, value);
        };
    }

    private String regions(String codes) {
        List<String> names = new ArrayList<>();
        for (String code : codes.split(",")) {
            try {
                names.add(labels.name(regions.named(RegionCode.of(code))));
            } catch (BusinessException e) {
                names.add(code);
            }
        }
        return String.join("、", names);
    }
}
