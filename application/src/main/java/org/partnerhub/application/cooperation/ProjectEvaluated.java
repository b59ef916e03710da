package org.partnerhub.application.cooperation;

import java.time.Instant;
import org.partnerhub.domain.category.CategoryCode;

/**
 * A community confirmed a partnership project as delivered and evaluated it. Fired by the cooperation context inside
 * the transaction that records the evaluation, so that what other contexts keep of a partner's track record (the
 * matching context's counts per category and street) changes with it or not at all.
 *
 * @param projectId the evaluated project
 * @param partnerId the partner that delivered it
 * @param supplyItemId the supply item it was agreed on
 * @param categoryCode the need's category
 * @param communityPath the materialised path of the need's community ({@code /510100/510108/<street>/<community>/})
 * @param rating the community's evaluation, 1–5
 * @param evaluatedAt when it was evaluated
 */
public record ProjectEvaluated(
        Long projectId,
        Long partnerId,
        Long supplyItemId,
        CategoryCode categoryCode,
        String communityPath,
        int rating,
        Instant evaluatedAt) {}
