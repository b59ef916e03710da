package org.partnerhub.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * The OpenAPI document the running server serves at {@code /openapi} is one clients can generate code from: Redocly's
 * CLI ({@code @redocly/cli}, recommended rules, pinned version, installed with npm into {@code target/redocly}) finds no
 * error in it, and every operation has a unique operationId, a security requirement and an example for each body.
 * Needs node and npm: where they are missing the lint is skipped with a message, unless
 * {@code PARTNERHUB_REQUIRE_LINT=true} (CI) makes that a failure. The same lint by hand: {@code deploy/scripts/openapi-lint.sh}.
 */
class OpenApiLintIT {

    static final String REDOCLY_VERSION = "2.77.0";

    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        http = new Http(TestEnvironment.get().app().base());
    }

    private static JsonObject document() {
        Http.Answer answer = http.get("/openapi", "Accept", "application/json");
        assertThat(answer.status()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }

    @Test
    void yamlIsServedToThoseWhoAskForIt() {
        Http.Answer yaml = http.get("/openapi", "Accept", "application/yaml");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.header("Content-Type")).startsWith("application/yaml");
        assertThat(yaml.body()).startsWith("openapi: 3.");
        Http.Answer plain = http.get("/openapi");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.body()).startsWith("openapi: 3.");
        assertThat(http.get("/openapi", "Accept", "application/json").header("Content-Type"))
                .startsWith("application/json");
    }

    @Test
    void everyOperationHasAUniqueIdASecurityRequirementAndAnExampleForEachBody() {
        JsonObject doc = document();
        assertThat(doc.containsKey("endpoints")).isFalse();
        assertThat(doc.getJsonArray("servers").getJsonObject(0).getString("url")).isEqualTo("/");
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : doc.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
                if (!Set.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
                    continue;
                }
                operations++;
                JsonObject operation = op.getValue().asJsonObject();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                String id = operation.getString("operationId", null);
                if (id == null || !ids.add(id)) {
                    problems.add(where + ": operationId " + id + " missing or not unique");
                }
                if (!operation.containsKey("security")) {
                    problems.add(where + ": no security requirement");
                }
                List<JsonObject> contents = new ArrayList<>();
                if (operation.containsKey("requestBody")) {
                    contents.add(operation.getJsonObject("requestBody").getJsonObject("content"));
                }
                operation.getJsonObject("responses").values().forEach(r -> {
                    if (r.asJsonObject().containsKey("content")) {
                        contents.add(r.asJsonObject().getJsonObject("content"));
                    }
                });
                for (JsonObject content : contents) {
                    content.forEach((type, media) -> {
                        if (!media.asJsonObject().containsKey("example") && !media.asJsonObject().containsKey("examples")) {
                            problems.add(where + ": no example for " + type);
                        }
                    });
                }
            }
        }
        System.out.println("OpenAPI: " + operations + " operations, " + ids.size() + " operationIds");
        assertThat(problems).isEmpty();
        assertThat(operations).isGreaterThan(80);
    }

    @Test
    void redoclyRecommendedRulesFindNoError() throws Exception {
        Path dir = Path.of("target", "redocly").toAbsolutePath();
        Files.createDirectories(dir);
        Path cli = dir.resolve("node_modules/.bin/redocly");
        if (!Files.isExecutable(cli)) {
            boolean required = "true".equalsIgnoreCase(System.getenv("PARTNERHUB_REQUIRE_LINT"));
            int installed = run(dir, List.of("npm", "install", "--prefix", dir.toString(), "--no-audit", "--no-fund",
                    "--no-save", "@redocly/cli@" + REDOCLY_VERSION), dir.resolve("npm-install.log"));
            if (installed != 0 || !Files.isExecutable(cli)) {
                String why = "Redocly's CLI could not be installed with npm (see " + dir.resolve("npm-install.log") + ")";
                if (required) {
                    throw new AssertionError(why);
                }
                Assumptions.abort(why + "; set PARTNERHUB_REQUIRE_LINT=true to make this a failure");
            }
        }
        Path yaml = dir.resolve("openapi.yaml");
        Files.writeString(yaml, http.get("/openapi", "Accept", "application/yaml").body(), StandardCharsets.UTF_8);
        Path report = dir.resolve("lint.json");
        run(dir, List.of(cli.toString(), "lint", yaml.toString(), "--format=json", "--max-problems=5000"), report);
        String output = Files.readString(report, StandardCharsets.UTF_8);
        String json = output.substring(output.indexOf('{'));
        JsonObject result;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            result = reader.readObject();
        }
        Map<String, Integer> errors = new TreeMap<>();
        Map<String, Integer> warnings = new TreeMap<>();
        List<String> errorLines = new ArrayList<>();
        for (JsonObject problem : result.getJsonArray("problems").getValuesAs(JsonObject.class)) {
            String rule = problem.getString("ruleId");
            if ("error".equals(problem.getString("severity"))) {
                errors.merge(rule, 1, Integer::sum);
                errorLines.add(rule + " at " + problem.getJsonArray("location").getJsonObject(0).getString("pointer", "?")
                        + ": " + problem.getString("message"));
            } else {
                warnings.merge(rule, 1, Integer::sum);
            }
        }
        System.out.println("Redocly " + REDOCLY_VERSION + " lint of /openapi: " + errorLines.size() + " errors " + errors
                + ", " + warnings.values().stream().mapToInt(Integer::intValue).sum() + " warnings " + warnings);
        assertThat(errorLines).isEmpty();
    }

    private static int run(Path dir, List<String> command, Path log) throws IOException, InterruptedException {
        // the report alone on stdout; npm's and node's notices apart
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(log.toFile()).redirectError(log.resolveSibling(log.getFileName() + ".err").toFile());
        builder.environment().put("npm_config_cache", dir.resolve("npm-cache").toString());
        builder.environment().put("NO_COLOR", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            Files.writeString(log, "Cannot start " + command.get(0) + ": " + e.getMessage());
            return 127;
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return 124;
        }
        return process.exitValue();
    }
}
