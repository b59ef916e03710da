package org.partnerhub.domain.supply;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.partner.ServiceArea;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.PhoneNumber;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.domain.shared.Text;

/**
 * What a supply item says, the part its partner edits: category, title, description, the regions it serves (any mix of
 * districts, streets and communities, also other cities'), its capacity, funding mode and price note, the groups it
 * serves and whom to contact. Valid by construction: every field that breaks a rule is reported at once, named as in
 * the API. The phone is given in clear here; the item stores it sealed.
 */
public record SupplyContent(CategoryCode category, String title, String description, List<ServiceArea> serviceAreas,
        int capacity, FundingMode fundingMode, String priceNote, Set<TargetGroup> targetGroups, String contactName,
        PhoneNumber contactPhone) {

    public static final int TITLE_MAX = 100;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int PRICE_NOTE_MAX = 200;
    public static final int CONTACT_NAME_MAX = 50;
    public static final int MAX_SERVICE_REGIONS = 50;

    public SupplyContent {
        title = Text.clean(title);
        description = Text.clean(description);
        priceNote = Text.clean(priceNote);
        contactName = Text.clean(contactName);
        serviceAreas = serviceAreas == null ? List.of() : List.copyOf(new LinkedHashSet<>(serviceAreas));
        targetGroups = targetGroups == null || targetGroups.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(targetGroups));
        List<FieldError> errors = new ArrayList<>();
        if (category == null) {
            errors.add(FieldError.of("categoryCode", "text.required"));
        }
        if (title == null) {
            errors.add(FieldError.of("title", "text.required"));
        } else if (Text.length(title) > TITLE_MAX) {
            errors.add(FieldError.of("title", "text.tooLong", TITLE_MAX));
        }
        if (description == null) {
            errors.add(FieldError.of("description", "text.required"));
        } else if (Text.length(description) > DESCRIPTION_MAX) {
            errors.add(FieldError.of("description", "text.tooLong", DESCRIPTION_MAX));
        }
        if (serviceAreas.isEmpty()) {
            errors.add(FieldError.of("serviceRegionCodes", "text.required"));
        } else if (serviceAreas.size() > MAX_SERVICE_REGIONS) {
            errors.add(FieldError.of("serviceRegionCodes", "supply.serviceRegions.count", MAX_SERVICE_REGIONS));
        }
        if (capacity < Capacity.MIN || capacity > Capacity.MAX) {
            errors.add(FieldError.of("capacity", "number.range", Capacity.MIN, Capacity.MAX));
        }
        if (fundingMode == null) {
            errors.add(FieldError.of("fundingMode", "text.required"));
        }
        if (priceNote != null && Text.length(priceNote) > PRICE_NOTE_MAX) {
            errors.add(FieldError.of("priceNote", "text.tooLong", PRICE_NOTE_MAX));
        }
        if (contactName != null && Text.length(contactName) > CONTACT_NAME_MAX) {
            errors.add(FieldError.of("contactName", "text.tooLong", CONTACT_NAME_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
