package org.partnerhub.application.need;

import java.util.List;

/** A need just recorded, with the open needs it may duplicate (to show the recorder at once). */
public record NeedRecorded(NeedView need, List<SimilarNeed> possibleDuplicates) {}
