package org.partnerhub.application.supply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.application.need.Places;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.partner.ServiceArea;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.PhoneNumber;
import org.partnerhub.domain.supply.SupplyContent;

/**
 * The rules a supply item's content is checked by, one place for the form, the API and every imported row. Not
 * transactional on purpose: a refused row of an import must not mark the import's transaction for rollback.
 */
@ApplicationScoped
public class SupplyForms {

    @Inject
    Places places;

    /** Checks every field at once: the codes against the region tree and the categories, then the content's rules. */
    public SupplyContent parse(SupplyForm form) {
        List<FieldError> errors = new ArrayList<>();
        CategoryCode category = places.category(form.categoryCode(), "categoryCode", errors);
        List<ServiceArea> areas = new ArrayList<>();
        List<String> codes = form.serviceRegionCodes() == null ? List.of() : form.serviceRegionCodes();
        for (int i = 0; i < codes.size(); i++) {
            Region region = places.region(codes.get(i), null, "serviceRegionCodes[" + i + "]", null, errors);
            if (region != null) {
                areas.add(new ServiceArea(region));
            }
        }
        PhoneNumber phone = null;
        if (form.contactPhone() != null && !form.contactPhone().isBlank()) {
            try {
                phone = PhoneNumber.of(form.contactPhone());
            } catch (InvalidValueException e) {
                errors.add(new FieldError("contactPhone", null, e.message()));
            }
        }
        SupplyContent content = null;
        try {
            content = new SupplyContent(category, form.title(), form.description(), areas,
                    form.capacity() == null ? 0 : form.capacity(), form.fundingMode(), form.priceNote(),
                    form.targetGroups(), form.contactName(), phone);
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                boolean known = errors.stream().anyMatch(f -> f.field().equals(error.field())
                        || ("serviceRegionCodes".equals(error.field()) && f.field().startsWith("serviceRegionCodes")));
                if (!known) {
                    errors.add(error);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return content;
    }
}
