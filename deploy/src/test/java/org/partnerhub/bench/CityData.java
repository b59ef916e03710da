package org.partnerhub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.partnerhub.domain.search.SearchEntry;
import org.partnerhub.domain.search.SearchKind;

/**
 * A city-scale data set written straight into the database with multi-row INSERTs, index entries included (computed by
 * the same {@link SearchEntry} the application uses): 10 districts of 15 streets of 20 communities (3,000), then one
 * {@link Generator} per kind of record (partners, needs, supply items). Texts are put together from word lists, so common words (服务, 社区) are in
 * most records and specific ones (加装电梯, 快递小哥) in few, as in a real district.
 */
final class CityData {

    /** One kind of record: its rows and their index entries. */
    interface Generator {
        String name();

        int count();

        /** Inserts records {@code firstId} … {@code firstId + n - 1} and adds their index entries to {@code index}. */
        void insert(Connection c, long firstId, int n, Random random, List<SearchEntry> index) throws SQLException;
    }

    static final int DISTRICTS = 10;
    static final int STREETS_PER_DISTRICT = 15;
    static final int COMMUNITIES_PER_STREET = 20;
    static final int BATCH = 1000;

    static final String[] PEOPLE = {"老年人", "长者", "独居老人", "高龄老人", "儿童", "青少年", "残疾人", "新市民", "快递小哥",
        "外卖骑手", "困境儿童", "双职工家庭", "退役军人", "低收入家庭", "社区居民", "小区业主"};
    static final String[] SERVICES = {"助餐", "助浴", "课后托管", "心理咨询", "法律援助", "文体活动", "技能培训", "健康义诊",
        "垃圾分类", "楼道照明", "停车管理", "加装电梯", "院落微更新", "志愿服务", "家政服务", "防诈宣传", "四点半课堂",
        "适老化改造", "邻里互助", "议事协商", "社区食堂", "日间照料", "康复训练", "就业指导", "亲子阅读"};
    static final String[] ENDINGS = {"需求", "服务", "项目", "计划", "点位建设", "试点", "提升行动"};
    static final String[] SENTENCES = {
        "辖区内%s约%d人，%s长期缺乏专业力量。", "居民在议事会上多次提出%s的需求，希望引入社会组织。",
        "现有场地约%d平方米，可用于开展%s。", "%s问题突出，群众反映强烈。", "计划每周开展%d次%s，覆盖%s。",
        "希望合伙人提供%s，并培育本土志愿者队伍。", "小区建成于%d年代，设施老旧，%s难以满足。",
        "经走访了解，%s对%s的满意度不高。", "请有经验的机构协助设计%s方案，预算%d元。"};
    static final String[] ORG_HEADS = {"锦城", "蓉和", "成华", "天府", "青龙", "东林", "望平", "府河", "海椒", "川西", "益邻",
        "同心", "善水", "乐活", "安居", "邻里", "和美", "星火"};
    static final String[] ORG_TAILS = {"社会工作服务中心", "志愿服务队", "养老服务有限公司", "公益发展中心", "社区基金会",
        "文化传播有限公司", "青少年服务社", "物业服务有限公司", "家庭服务协会", "心理咨询服务中心"};
    static final String[] CATEGORIES = {"elderly-children", "neighbour-aid", "environment", "convenience", "micro-grid",
        "volunteering", "resident-autonomy", "community-culture", "governance-talent", "smart-community", "public-space",
        "old-neighbourhood-renewal", "new-employment", "rural-culture-tourism", "villager-autonomy", "elderly-meals",
        "parent-child-education"};
    static final String[] STATUSES = {"PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED",
        "PUBLISHED", "PUBLISHED", "DRAFT", "DRAFT", "IN_COOPERATION", "FULFILLED", "CLOSED"};
    static final String[] URGENCIES = {"LOW", "MEDIUM", "HIGH", "URGENT"};
    static final String[] FUNDING = {"PUBLIC_BENEFIT", "LOW_FEE", "PAID"};
    static final String[] CHANNELS = {"FIELD_VISIT", "SYMPOSIUM", "DELIBERATION_DAY", "ONLINE", "RESIDENT_REPORT"};
    static final String[] TYPES = {"SOCIAL_ORGANIZATION", "COMMUNITY_SOCIAL_ORGANIZATION", "SOCIAL_ENTERPRISE",
        "INDUSTRY_ASSOCIATION", "ENTERPRISE", "VOLUNTEER_TEAM", "PUBLIC_INSTITUTION"};

    /** The generated communities: code and path, and the streets' codes. */
    final List<String[]> communities = new ArrayList<>();
    final List<String> streets = new ArrayList<>();
    final List<String> districts = new ArrayList<>();
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** Whether {@link #load} writes the search-index entries too (the matching benchmark needs none). */
    boolean indexed = true;

    static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    static String title(Random r) {
        return pick(r, PEOPLE) + pick(r, SERVICES) + pick(r, ENDINGS);
    }

    static String description(Random r, int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            String s = pick(r, SENTENCES);
            List<Object> args = new ArrayList<>();
            for (int k = s.indexOf('%'); k >= 0; k = s.indexOf('%', k + 1)) {
                args.add(s.charAt(k + 1) == 'd' ? (Object) (10 + r.nextInt(990))
                        : (r.nextBoolean() ? pick(r, PEOPLE) : pick(r, SERVICES)));
            }
            text.append(String.format(s, args.toArray()));
        }
        return text.toString();
    }

    Timestamp time(Random r) {
        return Timestamp.from(now.minusSeconds(r.nextInt(3 * 365 * 24 * 3600)));
    }

    /** The region tree under the seeded city 510100. */
    void regions(Connection c) throws SQLException {
        long id = maxId(c, "region");
        Timestamp t = Timestamp.from(now);
        List<Object[]> rows = new ArrayList<>();
        for (int d = 1; d <= DISTRICTS; d++) {
            String district = String.format("BD%02d", d);
            long districtId = ++id;
            districts.add(district);
            rows.add(new Object[] {districtId, district, "DISTRICT", "DISTRICT", "基准" + d + "区", cityId(c), "510100",
                "/510100/" + district + "/", d, t, t});
            for (int s = 1; s <= STREETS_PER_DISTRICT; s++) {
                String street = district + String.format("-S%02d", s);
                long streetId = ++id;
                streets.add(street);
                rows.add(new Object[] {streetId, street, "STREET", "STREET", "基准" + d + "区第" + s + "街道", districtId,
                    district, "/510100/" + district + "/" + street + "/", s, t, t});
                for (int k = 1; k <= COMMUNITIES_PER_STREET; k++) {
                    String community = street + String.format("-C%02d", k);
                    String path = "/510100/" + district + "/" + street + "/" + community + "/";
                    communities.add(new String[] {community, path});
                    rows.add(new Object[] {++id, community, "COMMUNITY", "COMMUNITY", "基准" + d + "区" + s + "街" + k + "社区",
                        streetId, street, path, k, t, t});
                }
            }
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            insert(c, "region", "id, code, kind, region_level, name_zh, parent_id, parent_code, path, sort_order, "
                    + "created_at, updated_at", rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        c.commit();
    }

    private Long cityId;

    private long cityId(Connection c) throws SQLException {
        if (cityId == null) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id FROM region WHERE code = '510100'")) {
                rs.next();
                cityId = rs.getLong(1);
            }
        }
        return cityId;
    }

    /** Loads {@code generator}'s records with their index entries; answers the seconds it took. */
    double load(Connection c, Generator generator, Random random) throws SQLException {
        long start = System.nanoTime();
        long first = maxId(c, generatorTable(generator)) + 1;
        for (int done = 0; done < generator.count(); done += BATCH) {
            int n = Math.min(BATCH, generator.count() - done);
            List<SearchEntry> entries = new ArrayList<>();
            generator.insert(c, first + done, n, random, entries);
            if (indexed) {
                index(c, entries);
            }
            c.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static String generatorTable(Generator g) {
        return g.name();
    }

    static void index(Connection c, List<SearchEntry> entries) throws SQLException {
        List<Object[]> docs = new ArrayList<>();
        List<Object[]> pairs = new ArrayList<>();
        for (SearchEntry e : entries) {
            docs.add(new Object[] {e.kind().code(), e.recordId(), e.title(), e.body()});
            for (String p : e.pairs()) {
                pairs.add(new Object[] {e.kind().code(), p, e.recordId()});
            }
        }
        // in key order: each statement then fills neighbouring pages of the posting table's primary key
        pairs.sort(java.util.Comparator.comparing((Object[] row) -> (String) row[1])
                .thenComparingLong(row -> (Long) row[2]));
        insert(c, "search_doc", "kind, record_id, title, body", docs);
        for (int from = 0; from < pairs.size(); from += 4 * BATCH) {
            insert(c, "search_gram", "kind, gram, record_id", pairs.subList(from, Math.min(pairs.size(), from + 4 * BATCH)));
        }
    }

    static void insert(Connection c, String table, String columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int width = rows.get(0).length;
        String one = "(" + "?,".repeat(width - 1) + "?)";
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(columns).append(") VALUES ");
        sql.append((one + ",").repeat(rows.size() - 1)).append(one);
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (Object[] row : rows) {
                for (Object v : row) {
                    p.setObject(i++, v);
                }
            }
            p.executeUpdate();
        }
    }

    static long maxId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Needs: one of the 3,000 communities each, a category, a status (most published), dates over three years. */
    Generator needs(int count) {
        return new Generator() {
            @Override
            public String name() {
                return "need";
            }

            @Override
            public int count() {
                return count;
            }

            @Override
            public void insert(Connection c, long firstId, int n, Random r, List<SearchEntry> index) throws SQLException {
                List<Object[]> rows = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    long id = firstId + i;
                    String[] community = communities.get(r.nextInt(communities.size()));
                    String category = pick(r, CATEGORIES);
                    String title = title(r);
                    String description = description(r, 2 + r.nextInt(3));
                    String status = pick(r, STATUSES);
                    Timestamp created = time(r);
                    rows.add(new Object[] {id, community[0], community[1], category, title, description, 10 + r.nextInt(500),
                        "ELDERLY", pick(r, URGENCIES), pick(r, FUNDING), 0L, 2026, status, pick(r, CHANNELS), "bench",
                        created, created, "DRAFT".equals(status) ? null : created});
                    index.add(SearchEntry.of(SearchKind.NEED, id, title, description, categoryZh(category),
                            categoryEn(category)));
                }
                CityData.insert(c, "need", "id, community_code, region_path, category_code, title, description, "
                        + "beneficiaries, target_groups, urgency, funding_mode, budget_fen, fund_year, status, "
                        + "source_channel, recorded_by, created_at, updated_at, published_at", rows);
            }
        };
    }

    /** Partners: a name, an introduction, one to three regions served, one or two categories; a few suspended. */
    Generator partners(int count, String sealedPhone) {
        return new Generator() {
            @Override
            public String name() {
                return "partner";
            }

            @Override
            public int count() {
                return count;
            }

            @Override
            public void insert(Connection c, long firstId, int n, Random r, List<SearchEntry> index) throws SQLException {
                List<Object[]> rows = new ArrayList<>();
                List<Object[]> areas = new ArrayList<>();
                List<Object[]> categories = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    long id = firstId + i;
                    String name = pick(r, ORG_HEADS) + pick(r, PEOPLE) + pick(r, ORG_TAILS) + id;
                    String intro = "本机构专注于" + pick(r, SERVICES) + "和" + pick(r, SERVICES) + "。" + description(r, 2);
                    String credit = String.format("BENCH%013d", id);
                    String status = r.nextInt(20) == 0 ? "SUSPENDED" : "ACTIVE";
                    Timestamp admitted = time(r);
                    rows.add(new Object[] {id, name, pick(r, TYPES), credit, "张三", "李四", sealedPhone, "138****8000",
                        "510108", intro, status, String.format("PA-B-%08d", id), admitted, admitted, credit});
                    int areaCount = 1 + r.nextInt(3);
                    for (int k = 0; k < areaCount; k++) {
                        String[] where = r.nextInt(4) == 0
                                ? new String[] {streets.get(r.nextInt(streets.size())), null}
                                : communities.get(r.nextInt(communities.size()));
                        String path = where[1] != null ? where[1] : streetPath(where[0]);
                        areas.add(new Object[] {id, k, where[0], path});
                    }
                    String c1 = pick(r, CATEGORIES);
                    String c2 = pick(r, CATEGORIES);
                    categories.add(new Object[] {id, 0, c1});
                    List<String> body = new ArrayList<>(List.of(intro, categoryZh(c1), categoryEn(c1)));
                    if (!c2.equals(c1)) {
                        categories.add(new Object[] {id, 1, c2});
                        body.addAll(List.of(categoryZh(c2), categoryEn(c2)));
                    }
                    index.add(SearchEntry.of(SearchKind.PARTNER, id, name, body.toArray(String[]::new)));
                }
                CityData.insert(c, "partner", "id, name, partner_type, credit_code, legal_representative, contact_name, "
                        + "contact_phone_sealed, contact_phone_masked, home_region_code, introduction, status, "
                        + "application_number, admitted_at, updated_at, current_credit_code", rows);
                CityData.insert(c, "partner_service_area", "partner_id, position, region_code, region_path", areas);
                CityData.insert(c, "partner_category", "partner_id, position, category_code", categories);
            }
        };
    }

    static final String[] OFFERS = {"服务", "项目", "驿站", "课堂", "工作坊", "上门服务", "托管班", "志愿队"};

    /**
     * Supply items of the loaded partners ({@code firstPartner} … {@code firstPartner + partners - 1}): a title, a
     * description, one to three regions served, capacity, a category; most published.
     */
    Generator supplies(int count, long firstPartner, int partners) {
        return new Generator() {
            @Override
            public String name() {
                return "supply_item";
            }

            @Override
            public int count() {
                return count;
            }

            @Override
            public void insert(Connection c, long firstId, int n, Random r, List<SearchEntry> index) throws SQLException {
                List<Object[]> rows = new ArrayList<>();
                List<Object[]> areas = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    long id = firstId + i;
                    String category = pick(r, CATEGORIES);
                    String title = pick(r, PEOPLE) + pick(r, SERVICES) + pick(r, OFFERS);
                    String description = "我们提供" + pick(r, SERVICES) + "。" + description(r, 1 + r.nextInt(3));
                    String status = r.nextInt(10) < 8 ? "PUBLISHED" : (r.nextBoolean() ? "DRAFT" : "PAUSED");
                    Timestamp created = time(r);
                    rows.add(new Object[] {id, firstPartner + r.nextInt(partners), category, title, description,
                        1 + r.nextInt(20), pick(r, FUNDING), "ELDERLY", status, "bench", created, created, "",
                        "DRAFT".equals(status) ? null : created});
                    int areaCount = 1 + r.nextInt(3);
                    for (int k = 0; k < areaCount; k++) {
                        int kind = r.nextInt(10);
                        String code;
                        String path;
                        if (kind == 0) {
                            code = districts.get(r.nextInt(districts.size()));
                            path = "/510100/" + code + "/";
                        } else if (kind < 4) {
                            code = streets.get(r.nextInt(streets.size()));
                            path = streetPath(code);
                        } else {
                            String[] community = communities.get(r.nextInt(communities.size()));
                            code = community[0];
                            path = community[1];
                        }
                        areas.add(new Object[] {id, k, code, path});
                    }
                    index.add(SearchEntry.of(SearchKind.SUPPLY, id, title, description, categoryZh(category),
                            categoryEn(category)));
                }
                CityData.insert(c, "supply_item", "id, partner_id, category_code, title, description, capacity, "
                        + "funding_mode, target_groups, status, created_by, created_at, updated_at, partner_name, "
                        + "published_at", rows);
                CityData.insert(c, "supply_service_area", "supply_id, position, region_code, region_path", areas);
            }
        };
    }

    static String streetPath(String street) {
        return "/510100/" + street.substring(0, 4) + "/" + street + "/";
    }

    /** The categories' names as the database has them (code → {zh, en}). */
    private final java.util.Map<String, String[]> categoryNames = new java.util.HashMap<>();

    void readCategories(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, name_zh, name_en FROM category")) {
            while (rs.next()) {
                categoryNames.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
    }

    String categoryZh(String code) {
        return categoryNames.get(code)[0];
    }

    String categoryEn(String code) {
        return categoryNames.get(code)[1];
    }
}
