package org.partnerhub.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;

/**
 * Why the API keeps its own {@link JsonCodec}, checked against the JSON-B that Payara Micro 6 bundles (Yasson 3.0.4,
 * the test dependency's version): JSON-B writes and reads records (public ones: it does not open a record nested in a
 * class it cannot reach), but a body it cannot bind is one exception for the whole body, at the first misfit, with no
 * field path a client could use and in no particular language.
 */
public class JsonbRecordsTest {

    public record Region(String code, String name, Integer childCount) {}

    public record Page(List<Region> items, int total) {}

    public record Body(String title, int capacity, List<Integer> counts) {}

    static Jsonb jsonb;

    @BeforeAll
    static void create() {
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void close() throws Exception {
        jsonb.close();
    }

    @Test
    void jsonbWritesAndReadsRecords() {
        // the README once said the server's JSON-B does not see records: it does
        assertThat(jsonb.toJson(new Page(List.of(new Region("510108", "成华区", null)), 1)))
                .isEqualTo("{\"items\":[{\"code\":\"510108\",\"name\":\"成华区\"}],\"total\":1}");
        assertThat(jsonb.fromJson("{\"title\":\"助餐\",\"capacity\":3,\"counts\":[1,2]}", Body.class))
                .isEqualTo(new Body("助餐", 3, List.of(1, 2)));
    }

    @Test
    void jsonbStopsAtTheFirstMisfitWithoutAPath() {
        String body = "{\"title\":\"助餐\",\"capacity\":\"many\",\"counts\":[1,\"two\"]}";
        assertThatThrownBy(() -> jsonb.fromJson(body, Body.class))
                .isInstanceOfSatisfying(JsonbException.class, e -> assertThat(e.getMessage())
                        .doesNotContain("counts[1]"));
        // what the API answers instead: every misfit, by its JSON path
        assertThatThrownBy(() -> JsonCodec.read(JsonCodec.reader(
                        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).readValue(), Body.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("capacity", "counts[1]"));
    }
}
