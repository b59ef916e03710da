package org.partnerhub.application.need;

import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.need.NeedStatus;

/** An open need of the same street and category whose text is close to another's: a possible duplicate. */
public record SimilarNeed(Long id, String title, CodedName community, NeedStatus status, int similarityPercent) {}
