package org.partnerhub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerhub.application.need.NeedFilter;
import org.partnerhub.application.need.NeedService;
import org.partnerhub.application.partner.PartnerService;
import org.partnerhub.application.shared.PersonalDataCipher;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.application.supply.SupplyFilter;
import org.partnerhub.application.supply.SupplyService;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.partner.PartnerQuery;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.it.support.Deployments;
import org.partnerhub.it.support.SqlStatements;

/**
 * The search benchmark (not part of {@code mvn verify}; {@code mvn -B verify -Pbenchmark -pl deploy -am}): inside the
 * server, on a database of its own on the run's MariaDB (dropped at the end, like every test database), it loads a
 * city (3,000 communities, 20,000 partners, 100,000 needs, 100,000 supply items, with their index entries), then times searches and filtered
 * list pages through the application's own services — the SQL the pages and the API run — and counts the statements
 * each list page costs. It prints the figures; the README keeps the last ones.
 */
@ExtendWith(ArquillianExtension.class)
class SearchBenchmark {

    static final int NEEDS = Integer.getInteger("bench.needs", 100_000);
    static final int PARTNERS = Integer.getInteger("bench.partners", 20_000);
    static final int SUPPLIES = Integer.getInteger("bench.supplies", 100_000);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 20);

    @Deployment
    static WebArchive deployment() {
        WebArchive archive = Deployments.packagedWarWith(SearchBenchmark.class, CityData.class);
        archive.addClasses(CityData.class.getDeclaredClasses());
        archive.addClasses(SqlStatements.classes());
        return archive;
    }

    @Inject
    NeedService needs;

    @Inject
    PartnerService partners;

    @Inject
    SupplyService supplies;

    @Inject
    PersonalDataCipher cipher;

    @Resource(lookup = Persistence.DATASOURCE)
    DataSource dataSource;

    @PersistenceUnit(unitName = Persistence.UNIT)
    EntityManagerFactory emf;

    private final StringBuilder report = new StringBuilder();

    @Test
    void cityScaleSearchAndLists() throws Exception {
        CityData city = new CityData();
        Random random = new Random(20261129L);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            city.readCategories(c);
            city.regions(c);
            String phone = cipher.seal("13800138000", "organisation.contact_phone").value();
            long firstPartner = CityData.maxId(c, "partner") + 1;
            double partnerSeconds = city.load(c, city.partners(PARTNERS, phone), random);
            double needSeconds = city.load(c, city.needs(NEEDS), random);
            double supplySeconds = city.load(c, city.supplies(SUPPLIES, firstPartner, PARTNERS), random);
            try (Statement s = c.createStatement()) {
                // what SupplyStanding keeps in step when a partner is suspended or renamed
                s.executeUpdate("UPDATE supply_item s JOIN partner p ON p.id = s.partner_id "
                        + "SET s.partner_listed = (p.status = 'ACTIVE'), s.partner_name = p.name");
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String table : List.of("need", "partner", "supply_item", "supply_service_area", "search_doc",
                        "search_gram", "region")) {
                    s.execute("ANALYZE TABLE " + table);
                }
            }
            line("Loaded %,d communities, %,d partners (%.0f s), %,d needs (%.0f s), %,d supply items (%.0f s), "
                    + "%,d index rows; %.0f s in all", city.communities.size(), PARTNERS, partnerSeconds, NEEDS,
                    needSeconds, SUPPLIES, supplySeconds, count(c, "search_gram"), (System.nanoTime() - start) / 1e9);
        }

        Actor anyone = Actor.anonymous("10.9.0.1");
        String street = city.streets.get(7);
        String district = city.districts.get(3);
        String community = city.communities.get(1234)[0];
        line("");
        line("%-44s %8s %8s %8s %8s %6s", "needs, page of 20 (anonymous)", "hits", "p50 ms", "p95 ms", "max ms", "SQL");
        for (String q : List.of("助餐", "老年人助餐", "加装电梯", "快递小哥 就业指导", "心理咨询", "养老", "四点半课堂",
                "独居老人，助浴", "服务", "社区", "需求", "火锅", "老", "Meal")) {
            measure("q=" + q, () -> needs.list(anyone, filter(null, null, null, null, q), PageRequest.of(0, 20)));
        }
        measure("q=助餐, street", () -> needs.list(anyone, filter(street, null, null, null, "助餐"), PageRequest.of(0, 20)));
        measure("q=服务, district, URGENT", () -> needs.list(anyone, filter(district, null, null, Urgency.URGENT, "服务"),
                PageRequest.of(0, 20)));
        measure("q=心理咨询, category elderly-children", () -> needs.list(anyone,
                filter(null, "elderly-children", null, null, "心理咨询"), PageRequest.of(0, 20)));
        measure("no q: all (newest first)", () -> needs.list(anyone, filter(null, null, null, null, null),
                PageRequest.of(0, 20)));
        measure("no q: page 200", () -> needs.list(anyone, filter(null, null, null, null, null), PageRequest.of(200, 20)));
        measure("no q: street", () -> needs.list(anyone, filter(street, null, null, null, null), PageRequest.of(0, 20)));
        measure("no q: community", () -> needs.list(anyone, filter(community, null, null, null, null), PageRequest.of(0, 20)));
        measure("no q: district, PUBLISHED, HIGH", () -> needs.list(anyone,
                filter(district, null, NeedStatus.PUBLISHED, Urgency.HIGH, null), PageRequest.of(0, 20)));
        measure("no q: category community-culture", () -> needs.list(anyone,
                filter(null, "community-culture", null, null, null), PageRequest.of(0, 20)));
        line("");
        line("%-44s %8s %8s %8s %8s %6s", "supply items, page of 20 (the catalogue)", "hits", "p50 ms", "p95 ms",
                "max ms", "SQL");
        for (String q : List.of("助餐", "老年人助餐", "心理咨询", "养老", "上门服务", "四点半课堂", "就业指导 驿站", "服务", "火锅")) {
            measure("q=" + q, () -> supplies.list(anyone, supplyFilter(null, null, q), PageRequest.of(0, 20)));
        }
        measure("q=助餐, serves a community", () -> supplies.list(anyone, supplyFilter(community, null, "助餐"),
                PageRequest.of(0, 20)));
        measure("no q: all (newest first)", () -> supplies.list(anyone, supplyFilter(null, null, null),
                PageRequest.of(0, 20)));
        measure("no q: serves a community", () -> supplies.list(anyone, supplyFilter(community, null, null),
                PageRequest.of(0, 20)));
        measure("no q: category elderly-meals", () -> supplies.list(anyone, supplyFilter(null, "elderly-meals", null),
                PageRequest.of(0, 20)));
        line("");
        line("%-44s %8s %8s %8s %8s %6s", "partners, page of 20 (the library)", "hits", "p50 ms", "p95 ms", "max ms", "SQL");
        for (String q : List.of("助餐", "心理咨询服务中心", "养老", "志愿服务队", "火锅")) {
            measure("q=" + q, () -> partners.directory(new PartnerQuery(null, null, null, q, true), PageRequest.of(0, 20)));
        }
        measure("no q", () -> partners.directory(new PartnerQuery(null, null, null, null, true), PageRequest.of(0, 20)));
        System.out.println("\n===== search benchmark =====\n" + report + "============================\n");
        assertThat(report).isNotEmpty();
    }

    private static SupplyFilter supplyFilter(String region, String category, String q) {
        return new SupplyFilter(region, category, null, null, null, null, q, null);
    }

    private static NeedFilter filter(String region, String category, NeedStatus status, Urgency urgency, String q) {
        return new NeedFilter(region, category, status, urgency, null, null, null, null, q, null, null);
    }

    private void measure(String label, Supplier<Page<?>> list) throws Exception {
        for (int i = 0; i < 3; i++) {
            list.get();
        }
        long[] nanos = new long[ROUNDS];
        Page<?> page = null;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            page = list.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        long statements = statements(list);
        line("%-44s %8d %8.1f %8.1f %8.1f %6d", label, page.total(), nanos[ROUNDS / 2] / 1e6,
                nanos[(int) Math.ceil(ROUNDS * 0.95) - 1] / 1e6, nanos[ROUNDS - 1] / 1e6, statements);
    }

    /** The statements one call sends. */
    private long statements(Supplier<Page<?>> list) {
        SqlStatements.listen(emf);
        return SqlStatements.count(list).statements();
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.append(text).append('\n');
        System.out.println(text);
    }

}
