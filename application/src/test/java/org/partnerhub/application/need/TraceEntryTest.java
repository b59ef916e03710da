package org.partnerhub.application.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.need.PainPoint;
import org.partnerhub.domain.need.PainPointAction;
import org.partnerhub.domain.need.PainPointEvent;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.Recorder;

class TraceEntryTest {

    private static final Recorder STREET = new Recorder("li.street", "李街道", null);
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private static PainPoint createdAndPublished() {
        return PainPoint.record(RegionCode.of("510108-QL"), "/510100/510108/510108-QL/", CategoryCode.of("volunteering"),
                "志愿服务缺乏品牌", "队伍多而散。", STREET, true, NOW);
    }

    @Test
    void theCreationIsTheOldestEntryWhateverOrderTheSameInstantWasStoredIn() {
        List<PainPointEvent> asRecorded = new ArrayList<>(createdAndPublished().getHistory());
        List<PainPointEvent> publicationStoredFirst = new ArrayList<>(asRecorded);
        Collections.reverse(publicationStoredFirst);

        assertThat(TraceEntry.all(asRecorded)).extracting(TraceEntry::action).containsExactly("PUBLISH", "CREATED");
        assertThat(TraceEntry.all(publicationStoredFirst)).extracting(TraceEntry::action)
                .containsExactly("PUBLISH", "CREATED");
    }

    @Test
    void laterEntriesComeFirst() {
        PainPoint point = createdAndPublished();
        point.apply(PainPointAction.RESOLVE, STREET, "已建立志愿服务品牌", NOW.plusSeconds(60));

        assertThat(TraceEntry.all(point.getHistory())).extracting(TraceEntry::action)
                .containsExactly("RESOLVE", "PUBLISH", "CREATED");
    }
}
