package org.partnerhub.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.partnerhub.application.shared.PersonalDataCipher;

/**
 * Loads a data set for the load benchmark ({@code deploy/bench/load.sh}) into a database the application has already
 * migrated, with {@link CityData}'s generators and plain JDBC (run outside the server, from the build's classes):
 *
 * <ul>
 *   <li>{@code seed}: a district's own data beside the seeded regions of Chenghua (its 83 communities): 50 partners,
 *       300 supply items, 200 needs;</li>
 *   <li>{@code city}: the city of the search benchmark (3,000 generated communities, 20,000 partners, 100,000 needs,
 *       100,000 supply items), times {@code BENCH_SCALE} when set (0.1 for a tenth).</li>
 * </ul>
 *
 * <p>Arguments: JDBC URL, user, password, the data key (Base64, the server's), {@code seed} or {@code city}.
 */
public final class LoadData {

    private LoadData() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: LoadData <jdbc-url> <user> <password> <data-key> seed|city");
            System.exit(2);
        }
        boolean city = "city".equals(args[4]);
        double scale = Double.parseDouble(System.getenv().getOrDefault("BENCH_SCALE", "1"));
        String phone = new PersonalDataCipher(args[3]).seal("13800138000", "organisation.contact_phone").value();
        CityData data = new CityData();
        Random random = new Random(20261206L);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setAutoCommit(false);
            data.readCategories(c);
            int partners;
            int needs;
            int supplies;
            if (city) {
                data.regions(c);
                partners = (int) (20_000 * scale);
                needs = (int) (100_000 * scale);
                supplies = (int) (100_000 * scale);
            } else {
                seedRegions(c, data);
                partners = 50;
                needs = 200;
                supplies = 300;
            }
            long firstPartner = CityData.maxId(c, "partner") + 1;
            data.load(c, data.partners(partners, phone), random);
            data.load(c, data.needs(needs), random);
            data.load(c, data.supplies(supplies, firstPartner, partners), random);
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
            System.out.printf("Loaded %,d communities, %,d partners, %,d needs, %,d supply items in %.0f s%n",
                    data.communities.size(), partners, needs, supplies, (System.nanoTime() - start) / 1e9);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT MAX(id) FROM need WHERE status = 'PUBLISHED'")) {
                rs.next();
                // the script reads this line: a published need whose matches it asks for
                System.out.println("need=" + rs.getLong(1));
            }
        }
    }

    /** The seeded communities of Chenghua, and generated ones under its streets up to 83 in all. */
    static final int SEED_COMMUNITIES = 83;

    /**
     * The seeded district, its streets and its communities, as {@link CityData#regions} would have made them: the seed
     * names 11 streets and 3 of their communities, so the other 80 are generated under the streets in turn.
     */
    private static void seedRegions(Connection c, CityData data) throws SQLException {
        List<long[]> streetIds = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT code, path, region_level, id FROM region WHERE path LIKE '/510100/510108/%' ORDER BY id")) {
            while (rs.next()) {
                switch (rs.getString(3)) {
                    case "DISTRICT" -> data.districts.add(rs.getString(1));
                    case "STREET" -> {
                        data.streets.add(rs.getString(1));
                        streetIds.add(new long[] {rs.getLong(4)});
                    }
                    default -> data.communities.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        if (data.streets.isEmpty()) {
            throw new IllegalStateException("The seeded regions of 510108 are missing: did the application start?");
        }
        long id = CityData.maxId(c, "region");
        java.sql.Timestamp t = java.sql.Timestamp.from(data.now);
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int k = 0; data.communities.size() < SEED_COMMUNITIES; k++) {
            int street = k % data.streets.size();
            String parent = data.streets.get(street);
            String code = parent + String.format("-C%02d", k / data.streets.size() + 1);
            String path = "/510100/510108/" + parent + "/" + code + "/";
            data.communities.add(new String[] {code, path});
            rows.add(new Object[] {++id, code, "COMMUNITY", "COMMUNITY", "基准社区" + (k + 1), streetIds.get(street)[0],
                parent, path, 100 + k, t, t});
        }
        CityData.insert(c, "region", "id, code, kind, region_level, name_zh, parent_id, parent_code, path, sort_order, "
                + "created_at, updated_at", rows);
        c.commit();
    }
}
