package org.partnerhub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.function.LongFunction;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerhub.application.matching.MatchService;
import org.partnerhub.application.matching.MatchView;
import org.partnerhub.application.shared.PersonalDataCipher;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.it.support.Deployments;
import org.partnerhub.it.support.SqlStatements;

/**
 * The matching benchmark (not part of {@code mvn verify}; {@code -Pbenchmark -Dit.test=MatchBenchmark}): inside the
 * server, on a database of its own, it loads a tenth of a city (3,000 communities, 2,000 partners, 10,000 needs, 10,000
 * supply items, track records for a fifth of the partners) and times the matches of published needs and items through
 * {@link MatchService} (the code behind {@code GET /api/v1/needs/{id}/matches} and {@code …/supplies/{id}/matches}),
 * then loads the other nine tenths into the same regions and times them again, and prints both with the ratio.
 * {@code -Dbench.scale=0.1} runs it on a tenth of that (for development).
 */
@ExtendWith(ArquillianExtension.class)
class MatchBenchmark {

    static final int PARTNERS = 20_000;
    static final int NEEDS = 100_000;
    static final int SUPPLIES = 100_000;
    static final int SAMPLES = 50;
    static final int ROUNDS = 200;

    @Deployment
    static WebArchive deployment() {
        WebArchive archive = Deployments.packagedWarWith(MatchBenchmark.class, CityData.class);
        archive.addClasses(CityData.class.getDeclaredClasses());
        archive.addClasses(MatchBenchmark.class.getDeclaredClasses());
        archive.addClasses(SqlStatements.classes());
        // read here, in the build's JVM: the server does not see the build's -D options
        archive.addAsResource(new StringAsset("scale=" + System.getProperty("bench.scale", "1") + "\n"),
                "match-benchmark.properties");
        return archive;
    }

    @Inject
    MatchService matches;

    @Inject
    PersonalDataCipher cipher;

    @Resource(lookup = Persistence.DATASOURCE)
    DataSource dataSource;

    @PersistenceUnit(unitName = Persistence.UNIT)
    EntityManagerFactory emf;

    private final StringBuilder report = new StringBuilder();

    /** p50, p95 and max in milliseconds, and the statements of one call. */
    record Timing(double p50, double p95, double max, long statements, double meanResults) {}

    @Test
    void matchesAtATenthAndAtCityScale() throws Exception {
        double scale = scale();
        CityData city = new CityData();
        city.indexed = false;
        Random random = new Random(20261129L);
        Actor anyone = Actor.anonymous("10.9.0.2");
        int partners = (int) (PARTNERS * scale / 10);
        int needs = (int) (NEEDS * scale / 10);
        int supplies = (int) (SUPPLIES * scale / 10);
        String phone = cipher.seal("13800138000", "organisation.contact_phone").value();
        List<String[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            city.readCategories(c);
            city.regions(c);
            c.commit();
        }
        for (int stage = 1; stage <= 2; stage++) {
            int factor = stage == 1 ? 1 : 9;
            long allNeeds;
            long allItems;
            List<Long> needIds;
            List<Long> itemIds;
            // a connection per stage, closed before the services run: the pool may hand it to them
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                long start = System.nanoTime();
                long firstPartner = CityData.maxId(c, "partner") + 1;
                city.load(c, city.partners(partners * factor, phone), random);
                city.load(c, city.needs(needs * factor), random);
                city.load(c, city.supplies(supplies * factor, firstPartner, partners * factor), random);
                trackRecords(c, city, firstPartner, partners * factor, random);
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE supply_item s JOIN partner p ON p.id = s.partner_id "
                            + "SET s.partner_listed = (p.status = 'ACTIVE')");
                }
                c.commit();
                try (Statement s = c.createStatement()) {
                    for (String table : List.of("need", "partner", "supply_item", "supply_service_area",
                            "partner_track_record")) {
                        s.execute("ANALYZE TABLE " + table);
                    }
                }
                c.commit();
                allNeeds = count(c, "SELECT COUNT(*) FROM need");
                allItems = count(c, "SELECT COUNT(*) FROM supply_item");
                line("Loaded %s: %,d needs, %,d supply items, %,d partners in %.0f s", stage == 1 ? "a tenth" : "all",
                        allNeeds, allItems, count(c, "SELECT COUNT(*) FROM partner"), (System.nanoTime() - start) / 1e9);
                needIds = sample(c, "SELECT id FROM need WHERE status = 'PUBLISHED'", random);
                itemIds = sample(c, "SELECT id FROM supply_item WHERE status = 'PUBLISHED' "
                        + "AND partner_listed = TRUE AND capacity_in_use < capacity", random);
                c.commit();
            }
            String load = loadAverage();
            Timing forNeed = measure(needIds, id -> matches.forNeed(anyone, id, 10));
            Timing forItem = measure(itemIds, id -> matches.forSupply(anyone, id, 10));
            rows.add(new String[] {format(forNeed), format(forItem)});
            report(stage == 1 ? "one tenth" : "all", allNeeds, allItems, forNeed, forItem);
            line("(load average before: %s; after: %s)", load, loadAverage());
            assertThat(forNeed.meanResults()).as("a published need has matches").isGreaterThan(0);
            assertThat(forItem.meanResults()).as("a published item has matches").isGreaterThan(0);
        }
        System.out.println("\n===== match benchmark =====\n" + report + "===========================\n");
        assertThat(rows).hasSize(2);
    }

    private final List<Timing> timings = new ArrayList<>();

    private void report(String label, long needs, long items, Timing forNeed, Timing forItem) {
        timings.add(forNeed);
        timings.add(forItem);
        line("");
        line("%-34s %8s %8s %8s %6s %8s", label + " (" + needs / 1000 + "k needs, " + items / 1000 + "k items)",
                "p50 ms", "p95 ms", "max ms", "SQL", "results");
        line("%-34s %8.1f %8.1f %8.1f %6d %8.1f", "matches of a need (top 10)", forNeed.p50(), forNeed.p95(),
                forNeed.max(), forNeed.statements(), forNeed.meanResults());
        line("%-34s %8.1f %8.1f %8.1f %6d %8.1f", "matches of a supply item (top 10)", forItem.p50(), forItem.p95(),
                forItem.max(), forItem.statements(), forItem.meanResults());
        if (timings.size() == 4) {
            line("");
            line("ten times the data: p95 × %.2f for a need, × %.2f for a supply item (target: at most × 3)",
                    timings.get(2).p95() / timings.get(0).p95(), timings.get(3).p95() / timings.get(1).p95());
        }
    }

    private static String format(Timing t) {
        return String.format(Locale.ROOT, "%.1f/%.1f", t.p50(), t.p95());
    }

    /** Warm-up over all samples, then {@value #ROUNDS} timed calls cycling through them. */
    private Timing measure(List<Long> ids, LongFunction<List<MatchView>> call) {
        long results = 0;
        for (Long id : ids) {
            results += call.apply(id).size();
        }
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long id = ids.get(i % ids.size());
            long start = System.nanoTime();
            call.apply(id);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        SqlStatements.listen(emf);
        long statements = SqlStatements.count(() -> call.apply(ids.get(0))).statements();
        return new Timing(nanos[ROUNDS / 2] / 1e6, nanos[(int) Math.ceil(ROUNDS * 0.95) - 1] / 1e6,
                nanos[ROUNDS - 1] / 1e6, statements, (double) results / ids.size());
    }

    /** For a fifth of the new partners, one to three lines of evaluated projects (category, street, count, ratings). */
    private static void trackRecords(Connection c, CityData city, long firstPartner, int partners, Random random)
            throws SQLException {
        List<Object[]> lines = new ArrayList<>();
        java.sql.Timestamp now = java.sql.Timestamp.from(city.now);
        for (int i = 0; i < partners; i += 5) {
            int n = 1 + random.nextInt(3);
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (int k = 0; k < n; k++) {
                String category = CityData.pick(random, CityData.CATEGORIES);
                String street = CityData.streetPath(city.streets.get(random.nextInt(city.streets.size())));
                if (!keys.add(category + street)) {
                    continue;
                }
                int delivered = 1 + random.nextInt(4);
                lines.add(new Object[] {firstPartner + i, category, street, delivered,
                    (long) delivered * (2 + random.nextInt(4)), now});
            }
        }
        for (int from = 0; from < lines.size(); from += CityData.BATCH) {
            CityData.insert(c, "partner_track_record", "partner_id, category_code, street_path, delivered, rating_sum, "
                    + "last_evaluated", lines.subList(from, Math.min(lines.size(), from + CityData.BATCH)));
        }
    }

    private static List<Long> sample(Connection c, String sql, Random random) throws SQLException {
        List<Long> all = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                all.add(rs.getLong(1));
            }
        }
        List<Long> picked = new ArrayList<>();
        for (int i = 0; i < SAMPLES && !all.isEmpty(); i++) {
            picked.add(all.remove(random.nextInt(all.size())));
        }
        return picked;
    }

    /** The machine's load (1, 5, 15 minutes): the figures mean little when other work competes for the cores. */
    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double scale() throws IOException {
        Properties p = new Properties();
        try (InputStream in = MatchBenchmark.class.getClassLoader().getResourceAsStream("match-benchmark.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return Double.parseDouble(p.getProperty("scale", "1"));
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
