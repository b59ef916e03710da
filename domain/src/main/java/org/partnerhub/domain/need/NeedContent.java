package org.partnerhub.domain.need;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Money;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.domain.shared.Text;

/**
 * What a need says, the part its owners edit: category, title, description, the people it concerns, urgency, funding
 * mode and budget. Valid by construction: every field that breaks a rule is reported at once, named as in the API.
 */
public record NeedContent(CategoryCode category, String title, String description, int beneficiaries,
        Set<TargetGroup> targetGroups, Urgency urgency, FundingMode fundingMode, long budgetFen) {

    public static final int TITLE_MAX = 100;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int BENEFICIARIES_MAX = 10_000_000;

    public NeedContent {
        title = Text.clean(title);
        description = Text.clean(description);
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
        if (beneficiaries < 1 || beneficiaries > BENEFICIARIES_MAX) {
            errors.add(FieldError.of("beneficiaries", "number.range", 1, BENEFICIARIES_MAX));
        }
        if (urgency == null) {
            errors.add(FieldError.of("urgency", "text.required"));
        }
        if (fundingMode == null) {
            errors.add(FieldError.of("fundingMode", "text.required"));
        }
        if (budgetFen < 0 || budgetFen > Money.MAX_FEN) {
            errors.add(FieldError.of("budgetFen", "money.range", Money.yuan(Money.MAX_FEN)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
