package org.partnerhub.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.client.ApiClient;
import org.partnerhub.client.api.MatchingApi;
import org.partnerhub.client.api.NeedsApi;
import org.partnerhub.client.api.RegionsApi;
import org.partnerhub.client.api.SuppliesApi;
import org.partnerhub.client.model.MatchDtoList;
import org.partnerhub.client.model.NeedDto;
import org.partnerhub.client.model.NeedRequest;
import org.partnerhub.client.model.RecordedDto;
import org.partnerhub.client.model.RegionDtoList;
import org.partnerhub.client.model.SupplyDto;
import org.partnerhub.client.model.SupplyDtoList;
import org.partnerhub.client.model.SupplyRequest;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Applications;
import org.partnerhub.it.support.Applications.Admitted;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * A Java client generated from the OpenAPI document (openapi-generator, library {@code native}: java.net.http and
 * Jackson; generated at {@code generate-test-sources} from {@code src/test/resources/openapi/partnerhub.json} into
 * {@code target/generated-test-sources/openapi}) calls the running API: regions, the supply catalogue, a need created
 * with a bearer token, read back, and its matches. The saved document must be the one the server serves, so the
 * client is generated from what integrators get.
 */
class OpenApiClientIT {

    private static final String SAVED = "src/test/resources/openapi/partnerhub.json";
    private static final RegionCode DISTRICT = RegionCode.of("510108");
    private static final String QINGLONG = RegionCode.generated(DISTRICT, "青龙街道").value();
    private static final String MEALS = "elderly-meals";

    private static Http http;
    private static Accounts accounts;
    private static Account admin;

    @BeforeAll
    static void start() throws Exception {
        http = new Http(TestEnvironment.get().app().base());
        accounts = new Accounts(http);
        admin = accounts.admin();
    }

    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(http.base().toString());
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36);
    }

    /** Objects compare by members; the root's tag list by name (the server's order of resources is not fixed). */
    private static JsonValue normalised(JsonObject document) {
        JsonArray tags = document.getJsonArray("tags");
        if (tags == null) {
            return document;
        }
        JsonArrayBuilder sorted = Json.createArrayBuilder();
        tags.getValuesAs(JsonObject.class).stream().sorted(Comparator.comparing(t -> t.getString("name")))
                .forEach(sorted::add);
        return Json.createObjectBuilder(document).add("tags", sorted).build();
    }

    private static JsonObject parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void theSavedDocumentTheClientIsGeneratedFromIsTheServedOne() throws Exception {
        String served = http.get("/openapi", "Accept", "application/json").body();
        Path copy = Path.of("target", "openapi", "served.json");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, served, StandardCharsets.UTF_8);
        String saved = Files.readString(Path.of(SAVED), StandardCharsets.UTF_8);
        assertThat(normalised(parse(saved)))
                .as("The API changed: copy deploy/" + copy + " to deploy/" + SAVED + " and build again, so the "
                        + "generated client follows it")
                .isEqualTo(normalised(parse(served)));
    }

    @Test
    void theGeneratedClientReadsRegionsAndSuppliesCreatesANeedAndReadsItsMatches() throws Exception {
        RegionDtoList regions = new RegionsApi(client(null)).listRegions(null, null, null, null, null, "0", "20");
        assertThat(regions.getItems()).isNotEmpty();
        assertThat(regions.getTotal()).isPositive();

        // a published supply item of a partner, through the client with the partner's token
        Admitted partner = new Applications(http).admitted(admin, "客户端服务社" + suffix(), List.of("510108"),
                List.of(MEALS));
        ObjectMapper json = ApiClient.createDefaultObjectMapper();
        SupplyRequest supply = json.readValue("""
                {"title": "长者助餐配送", "categoryCode": "elderly-meals", "description": "每天中午为独居老人送餐上门。",
                 "serviceRegionCodes": ["%s"], "capacity": 5, "fundingMode": "PUBLIC_BENEFIT",
                 "contactName": "李四", "contactPhone": "13800138000", "publish": true}
                """.formatted(QINGLONG), SupplyRequest.class);
        SupplyDto item = new SuppliesApi(client(partner.account().token())).createSupply(supply);
        assertThat(String.valueOf(item.getStatus())).isEqualTo("PUBLISHED");

        SupplyDtoList catalogue = new SuppliesApi(client(null)).listSupplies(null, null, null, null,
                String.valueOf(partner.partnerId()), null, null, null, "0", "20");
        assertThat(catalogue.getItems()).extracting(SupplyDto::getId).contains(item.getId());

        // a need of a new community of the street, created with a street staff member's token
        String name = "客户端" + suffix() + "社区";
        Http.Answer imported = http.send("POST", "/api/v1/regions/import", "text/csv; charset=UTF-8",
                "level,code,name_zh,name_en,parent_code,note\ncommunity,," + name + ",,青龙街道,\n", admin.bearer());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        String community = RegionCode.generated(RegionCode.of(QINGLONG), name).value();
        Account staff = accounts.create(admin, "STREET_STAFF", QINGLONG, null, null);
        NeedRequest need = json.readValue("""
                {"communityCode": "%s", "categoryCode": "elderly-meals", "title": "独居老人午餐",
                 "description": "小区独居老人多，中午没有热饭吃。", "beneficiaries": 40, "urgency": "HIGH",
                 "fundingMode": "PUBLIC_BENEFIT", "budgetFen": 0, "source": {"channel": "FIELD_VISIT"},
                 "publish": true}
                """.formatted(community), NeedRequest.class);
        RecordedDto recorded = new NeedsApi(client(staff.token())).createNeed(need);
        Long needId = recorded.getNeed().getId();
        assertThat(String.valueOf(recorded.getNeed().getStatus())).isEqualTo("PUBLISHED");

        NeedDto read = new NeedsApi(client(null)).getNeed(String.valueOf(needId));
        assertThat(read.getTitle()).isEqualTo("独居老人午餐");
        assertThat(read.getCommunity().getCode()).isEqualTo(community);

        MatchDtoList matches = new MatchingApi(client(null)).listNeedMatches(String.valueOf(needId), "10");
        assertThat(matches.getItems()).isNotEmpty();
        assertThat(matches.getItems().get(0).getScore()).isBetween(0, 100);
    }
}
