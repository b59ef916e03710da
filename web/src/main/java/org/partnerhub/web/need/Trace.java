package org.partnerhub.web.need;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.application.category.CategoryService;
import org.partnerhub.application.region.RegionService;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.need.PainPointStatus;
import org.partnerhub.domain.need.SourceChannel;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.faces.Labels;
import org.partnerhub.web.faces.LanguageBean;

/**
 * The history of a need or pain point in the reader's words ({@code #{trace.…}}): what was done, each changed field
 * by its label, and its old and new values as a person reads them (names for codes, labels for statuses, yuan for
 * fen). The history keeps values as text; a value this page does not know how to read is shown as it is.
 */
@Named("trace")
@RequestScoped
public class Trace {

    private static final String NONE = "—";

    @Inject
    Labels labels;

    @Inject
    LanguageBean lang;

    @Inject
    RegionService regions;

    @Inject
    CategoryService categories;

    /** The act of a history entry ({@code EDITED}, {@code PUBLISH}, {@code MERGED_INTO}, …). */
    public String action(String action) {
        return known("trace.action." + action, action);
    }

    /** A field's label. */
    public String field(String field) {
        return known("trace.field." + field, field);
    }

    /** A need's field value. */
    public String need(String field, String value) {
        return value(field, value, false);
    }

    /** A pain point's field value. */
    public String painPoint(String field, String value) {
        return value(field, value, true);
    }

    private String value(String field, String value, boolean painPoint) {
        if (value == null || value.isEmpty()) {
            return NONE;
        }
        return switch (field) {
            case "status" -> labels.of(painPoint ? Enums.find(PainPointStatus.class, value) : Enums.find(NeedStatus.class, value), value);
            case "urgency" -> labels.of(Enums.find(Urgency.class, value), value);
            case "fundingMode" -> labels.of(Enums.find(FundingMode.class, value), value);
            case "sourceChannel" -> labels.of(Enums.find(SourceChannel.class, value), value);
            case "targetGroups" -> groups(value);
            case "budgetFen" -> yuan(value);
            case "categoryCode" -> category(value);
            case "communityCode", "streetCode" -> region(value);
            case "visitId", "mergedIntoId", "mergedFromId" -> "#" + value;
            default -> value;
        };
    }

    private String groups(String value) {
        List<TargetGroup> groups = new ArrayList<>();
        for (String name : value.split(",")) {
            TargetGroup group = Enums.find(TargetGroup.class, name);
            if (group == null) {
                return value;
            }
            groups.add(group);
        }
        return labels.all(groups);
    }

    private String yuan(String fen) {
        try {
            return labels.yuan(Long.valueOf(fen));
        } catch (NumberFormatException e) {
            return fen;
        }
    }

    private String category(String code) {
        try {
            return labels.name(categories.named(CategoryCode.of(code)));
        } catch (BusinessException e) {
            return code;
        }
    }

    private String region(String code) {
        try {
            return labels.name(regions.named(RegionCode.of(code)));
        } catch (BusinessException e) {
            return code;
        }
    }

    private static String known(String key, String fallback) {
        try {
            return Forms.text(key);
        } catch (java.util.MissingResourceException e) {
            return fallback;
        }
    }
}
