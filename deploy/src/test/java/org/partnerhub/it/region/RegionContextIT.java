package org.partnerhub.it.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerhub.application.category.CategoryService;
import org.partnerhub.application.region.RegionImportResult;
import org.partnerhub.application.region.RegionImportService;
import org.partnerhub.application.region.RegionService;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.category.CategoryTree;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionKind;
import org.partnerhub.domain.region.RegionLevel;
import org.partnerhub.domain.region.RegionQuery;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.NotAuthenticatedException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.it.support.Deployments;

/**
 * The region and category contexts inside Payara Micro, on the run's own MariaDB/MySQL database: the seed, the import
 * service (all or nothing, line numbers, stable codes), and the schema's character set.
 */
@ExtendWith(ArquillianExtension.class)
class RegionContextIT {

    private static final String HEADER = "level,code,name_zh,name_en,parent_code,note\n";
    private static final Actor ADMIN = new Actor(1L, "admin", "admin", Role.DISTRICT_ADMIN, RegionCode.of("510108"),
            "/510100/510108/", null, "127.0.0.1");
    private static final Actor STREET = new Actor(2L, "street", "street", Role.STREET_STAFF,
            RegionCode.of("510108-FPTDYZ"), "/510100/510108/510108-FPTDYZ/", null, "127.0.0.1");

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWarWith(RegionContextIT.class);
    }

    @Inject
    RegionImportService importer;

    @Inject
    RegionService regions;

    @Inject
    CategoryService categories;

    @Resource(lookup = Persistence.DATASOURCE)
    DataSource dataSource;

    @Test
    void theSeedHoldsChenghuaWithItsElevenStreetsAndTheCrossRegionPartners() {
        var streets = regions.children(RegionCode.of("510108"), PageRequest.first(50));
        // the seed's eleven; other in-container tests of the run (one database per run) may add streets of their own
        assertThat(streets.total()).isGreaterThanOrEqualTo(11);
        assertThat(streets.items()).extracting(Region::getNameZh).startsWith("猛追湾街道", "双桥子街道")
                .contains("青龙街道", "白莲池街道", "保和街道");
        assertThat(streets.items()).allSatisfy(s -> assertThat(s.getLevel()).isEqualTo(RegionLevel.STREET));

        var donglin = regions.find(new RegionQuery(RegionLevel.COMMUNITY, null, null, "东林", null), PageRequest.first(5));
        assertThat(donglin.items()).singleElement()
                .satisfies(r -> assertThat(regions.lineage(r)).extracting(Region::getNameZh)
                        .containsExactly("成都市", "成华区", "青龙街道", "东林社区"));

        var mingyue = regions.find(new RegionQuery(null, null, RegionCode.of("510131"), "明月村", null), PageRequest.first(5));
        assertThat(mingyue.items()).singleElement().extracting(Region::getKind).isEqualTo(RegionKind.VILLAGE);

        for (String code : List.of("500107", "512022", "510302", "510131")) {
            assertThat(regions.get(RegionCode.of(code)).getLevel()).isEqualTo(RegionLevel.DISTRICT);
        }
    }

    @Test
    void theCategoryTreeHoldsTheSeededDomains() {
        CategoryTree tree = categories.tree();
        assertThat(tree.roots()).hasSize(15);
        assertThat(tree.size()).isEqualTo(17);
        assertThat(tree.roots().get(0).category().getNameZh()).isEqualTo("一老一小");
        assertThat(tree.roots().get(0).children()).extracting(n -> n.category().getNameZh())
                .containsExactly("养老助餐", "亲子教育");
    }

    @Test
    void anImportCreatesThenUpdatesAndAThirdRunChangesNothing() {
        String city = freshCityCode();
        String file = HEADER
                + "city," + city + ",测试市,Test City,,\n"
                + "district,,测试区,,测试市,\n"
                + "street,,测试街道,,测试区,\n"
                + "community,,测试社区,Test Community,测试街道,seeded by a test\n";

        RegionImportResult first = importer.importCsv(ADMIN, bytes(file));
        assertThat(first).isEqualTo(new RegionImportResult(4, 4, 0, 0));

        RegionImportResult again = importer.importCsv(ADMIN, bytes(file));
        assertThat(again).isEqualTo(new RegionImportResult(4, 0, 0, 4));

        RegionImportResult renamed = importer.importCsv(ADMIN, bytes(file.replace("Test Community", "Test Neighbourhood")));
        assertThat(renamed).isEqualTo(new RegionImportResult(4, 0, 1, 3));

        RegionCode district = RegionCode.generated(RegionCode.of(city), "测试区");
        RegionCode street = RegionCode.generated(district, "测试街道");
        Region community = regions.get(RegionCode.generated(street, "测试社区"));
        assertThat(community.getNameEn()).isEqualTo("Test Neighbourhood");
        assertThat(community.getNote()).isEqualTo("seeded by a test");
        assertThat(regions.lineage(community)).extracting(r -> r.getCode().value())
                .containsExactly(city, district.value(), street.value(), community.getCode().value());
    }

    @Test
    void aFileWithBadRowsNamesEachLineAndAppliesNothing() {
        String city = freshCityCode();
        long before = regions.count();
        String file = HEADER
                + "city," + city + ",坏文件市,,,\n"               // line 2: fine on its own
                + "district,,某区,,不存在的街道,\n"                 // line 3: unknown parent
                + "province,,某省,,,\n"                             // line 4: unknown level
                + "community,,跳级社区,," + city + ",\n"           // line 5: a community directly under a city
                + "street,,,," + city + ",\n"                       // line 6: no name
                + "city,bad code!,某市,,,\n"                        // line 7: malformed code
                + "city," + city + ",重复市,,,\n";                  // line 8: the code of line 2 again

        assertThatThrownBy(() -> importer.importCsv(ADMIN, bytes(file)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    List<String> seen = new ArrayList<>();
                    for (FieldError error : e.errors()) {
                        seen.add(error.line() + ":" + error.field());
                    }
                    assertThat(seen).containsExactly(
                            "3:parent_code", "4:level", "5:parent_code", "6:name_zh", "7:code", "8:code");
                    assertThat(e.errors().get(2).message().render(Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("社区的上级必须是街道（镇），而“坏文件市”是市");
                    assertThat(e.errors().get(0).message().render(Locale.ENGLISH)).contains("不存在的街道");
                });

        assertThat(regions.count()).isEqualTo(before);
        assertThatThrownBy(() -> regions.get(RegionCode.of(city))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aParentNamedAmbiguouslyMustBeGivenByCode() {
        String cityA = freshCityCode();
        String cityB = freshCityCode();
        importer.importCsv(ADMIN, bytes(HEADER
                + "city," + cityA + ",甲市,,,\n"
                + "city," + cityB + ",乙市,,,\n"
                + "district,,同名区,," + cityA + ",\n"
                + "district,,同名区,," + cityB + ",\n"));

        assertThatThrownBy(() -> importer.importCsv(ADMIN, bytes(HEADER + "street,,某街道,,同名区,\n")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.errors().get(0).message().render(Locale.ENGLISH)).startsWith("Parent name \"同名区\" matches several regions"));

        RegionCode districtB = RegionCode.generated(RegionCode.of(cityB), "同名区");
        importer.importCsv(ADMIN, bytes(HEADER + "street,,某街道,," + districtB.value() + ",\n"));
        assertThat(regions.children(districtB, PageRequest.first(5)).items()).extracting(Region::getNameZh)
                .containsExactly("某街道");
    }

    @Test
    void everyTableIsUtf8mb4AndFourByteCharactersComeBackUnchanged() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "SELECT TABLE_NAME, TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")) {
                int tables = 0;
                while (rs.next()) {
                    tables++;
                    assertThat(rs.getString(2)).as(rs.getString(1)).startsWith("utf8mb4_");
                }
                assertThat(tables).isGreaterThanOrEqualTo(3);
            }
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_SET_NAME FROM "
                    + "information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND CHARACTER_SET_NAME IS NOT NULL")) {
                while (rs.next()) {
                    assertThat(rs.getString(3)).as(rs.getString(1) + "." + rs.getString(2)).isEqualTo("utf8mb4");
                }
            }
        }

        String city = freshCityCode();
        importer.importCsv(ADMIN, bytes(HEADER + "city," + city + ",社区治理😀,,,𠀀 is outside the BMP too\n"));
        Region stored = regions.get(RegionCode.of(city));
        assertThat(stored.getNameZh()).isEqualTo("社区治理😀");
        assertThat(stored.getNote()).isEqualTo("𠀀 is outside the BMP too");
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT name_zh FROM region WHERE code = ?")) {
            p.setString(1, city);
            try (ResultSet rs = p.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("社区治理😀");
            }
        }
    }

    @Test
    void onlyADistrictAdministratorMayImport() {
        byte[] file = bytes(HEADER + "city," + freshCityCode() + ",无权市,,,\n");
        assertThatThrownBy(() -> importer.importCsv(STREET, file)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> importer.importCsv(Actor.anonymous("127.0.0.1"), file))
                .isInstanceOf(NotAuthenticatedException.class);
    }

    @Test
    void anUnknownRegionIsNotFound() {
        assertThatThrownBy(() -> regions.get(RegionCode.of("999999999999"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> regions.children(RegionCode.of("999999999999"), PageRequest.first(5)))
                .isInstanceOf(NotFoundException.class);
    }

    /** A six-digit code no seeded region uses (seeded codes start with 5), unique within the run. */
    private static String freshCityCode() {
        return "9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
