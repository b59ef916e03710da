package org.partnerhub.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.region.RegionLevel;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;

class JsonCodecTest {

    record Source(String channel, Long visitId) {}

    record Body(String name, int capacity, Boolean publish, List<String> regionCodes, Set<RegionLevel> levels,
            Source source, LocalDate startsOn) {}

    record Validating(String code) {
        Validating {
            if (code != null && code.length() > 3) {
                throw InvalidInputException.of("code", "text.tooLong", 3);
            }
        }
    }

    @Test
    void recordsAreWrittenComponentByComponentWithoutNulls() {
        String json = write(new ListResponse<>(List.of(new Source("FIELD_VISIT", null)), 0, 20, 1));
        assertThat(json).isEqualTo("{\"items\":[{\"channel\":\"FIELD_VISIT\"}],\"page\":0,\"size\":20,\"total\":1}");
    }

    @Test
    void instantsAreWrittenInChinaTimeWithTheirOffset() {
        assertThat(write(Map.of("at", Instant.parse("2025-11-27T01:30:00Z"))))
                .isEqualTo("{\"at\":\"2025-11-27T09:30:00+08:00\"}");
        assertThat(write(Map.of("level", RegionLevel.STREET, "on", LocalDate.of(2025, 11, 27))))
                .contains("\"level\":\"STREET\"", "\"on\":\"2025-11-27\"");
    }

    @Test
    void aCompleteBodyIsRead() {
        Body body = read("{\"name\":\"社区长者食堂\",\"capacity\":10,\"publish\":true,\"regionCodes\":[\"510108\"],"
                + "\"levels\":[\"street\"],\"source\":{\"channel\":\"ONLINE\",\"visitId\":7},\"startsOn\":\"2025-11-27\","
                + "\"unknown\":\"ignored\"}", Body.class);
        assertThat(body).isEqualTo(new Body("社区长者食堂", 10, true, List.of("510108"), Set.of(RegionLevel.STREET),
                new Source("ONLINE", 7L), LocalDate.of(2025, 11, 27)));
    }

    @Test
    void missingFieldsAreNullOrZero() {
        Body body = read("{}", Body.class);
        assertThat(body.name()).isNull();
        assertThat(body.capacity()).isZero();
        assertThat(body.regionCodes()).isNull();
    }

    @Test
    void everyMisfitIsReportedByItsPath() {
        assertThatThrownBy(() -> read("{\"name\":5,\"capacity\":\"ten\",\"publish\":\"yes\",\"regionCodes\":[\"a\",3],"
                + "\"levels\":[\"PLANET\"],\"source\":{\"visitId\":1.5},\"startsOn\":\"27/11/2025\"}", Body.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("name", "capacity", "publish", "regionCodes[1]", "levels[0]", "source.visitId",
                                "startsOn"));
    }

    @Test
    void numbersOutOfRangeAndWrongShapesAreReported() {
        assertThatThrownBy(() -> read("{\"capacity\":3000000000}", Body.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.errors().get(0).message().render(Locale.ENGLISH)).isEqualTo("The number is out of range"));
        assertThatThrownBy(() -> read("[1,2]", Body.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("body"));
        assertThatThrownBy(() -> read("{\"source\":[]}", Body.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("source"));
    }

    @Test
    void aRecordThatRefusesItsValuesHasItsComplaintPassedOnWithThePath() {
        record Wrapper(Validating inner) {}
        assertThatThrownBy(() -> read("{\"inner\":{\"code\":\"ABCDE\"}}", Wrapper.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("inner.code"));
    }

    private static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = Json.createGenerator(out)) {
            JsonCodec.write(value, generator);
        }
        return out.toString();
    }

    private static <T> T read(String json, Class<T> type) {
        return type.cast(JsonCodec.read(Json.createReader(new StringReader(json)).readValue(), type));
    }
}
