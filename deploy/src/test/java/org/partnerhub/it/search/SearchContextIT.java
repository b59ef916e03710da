package org.partnerhub.it.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerhub.application.account.AccountService;
import org.partnerhub.application.account.AuthenticationService;
import org.partnerhub.application.account.CreatedUser;
import org.partnerhub.application.account.LoginResult;
import org.partnerhub.application.account.NewUser;
import org.partnerhub.application.need.NeedFilter;
import org.partnerhub.application.need.NeedForm;
import org.partnerhub.application.need.NeedService;
import org.partnerhub.application.need.NeedView;
import org.partnerhub.application.partner.ApplicationForm;
import org.partnerhub.application.partner.OnboardingService;
import org.partnerhub.application.partner.PartnerService;
import org.partnerhub.application.partner.PartnerView;
import org.partnerhub.application.partner.SubmittedApplication;
import org.partnerhub.application.region.RegionImportService;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.application.supply.SupplyFilter;
import org.partnerhub.application.supply.SupplyForm;
import org.partnerhub.application.supply.SupplyService;
import org.partnerhub.application.supply.SupplyView;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.need.SourceChannel;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.partner.ApplicationAction;
import org.partnerhub.domain.partner.CreditCode;
import org.partnerhub.domain.partner.PartnerQuery;
import org.partnerhub.domain.partner.PartnerStatus;
import org.partnerhub.domain.partner.PartnerType;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.it.support.Deployments;
import org.partnerhub.it.support.SqlStatements;
import org.partnerhub.it.support.SqlStatements.Counted;

/**
 * The Chinese-aware search of needs, supply items and partners inside the server, on the run's database (the MariaDB on
 * 127.0.0.1:3306, or with {@code PARTNERHUB_IT_EMBEDDED=true} the launcher's embedded MariaDB): a fixed set of needs
 * in a community of its own and a table of queries, each with the exact set it must find; relevance; visibility; and
 * what a list page costs in SQL statements.
 */
@ExtendWith(ArquillianExtension.class)
class SearchContextIT {

    private static final RegionCode DISTRICT = RegionCode.of("510108");
    private static final RegionCode QINGLONG = RegionCode.generated(DISTRICT, "青龙街道");
    /** 环境优化 / Environment: a category whose names share no word with the texts below. */
    private static final String NEUTRAL = "environment";
    /** 养老助餐 / Meal assistance for the elderly. */
    private static final String MEALS = "elderly-meals";

    private static Actor admin;
    private static Fixture fixture;
    private static Fixture supplyFixture;

    @Deployment
    static WebArchive deployment() {
        WebArchive archive = Deployments.packagedWarWith(SearchContextIT.class);
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
    OnboardingService onboarding;

    @Inject
    RegionImportService regionImport;

    @Inject
    AccountService accounts;

    @Inject
    AuthenticationService authentication;

    @PersistenceUnit(unitName = Persistence.UNIT)
    EntityManagerFactory emf;

    /** The needs of one fresh community, by a short name; N8 is a draft. */
    record Fixture(RegionCode community, Actor staff, Map<String, Long> ids) {}

    private Fixture fixture() {
        if (fixture == null) {
            RegionCode community = newCommunity();
            Actor staff = user(Role.COMMUNITY_STAFF, community);
            Map<String, Long> ids = new LinkedHashMap<>();
            ids.put("N1", need(staff, community, NEUTRAL, "老年人助餐", "每天中午为独居老人送餐上门。", true));
            ids.put("N2", need(staff, community, NEUTRAL, "长者助餐服务", "社区食堂提供午餐。", true));
            ids.put("N3", need(staff, community, NEUTRAL, "助浴服务", "为失能老人提供助餐，服务到家。", true));
            ids.put("N4", need(staff, community, NEUTRAL, "養老院探訪", "繁體字寫的需求。", true));
            ids.put("N5", need(staff, community, NEUTRAL, "居家养老上门", "为高龄老人提供上门照护。", true));
            ids.put("N6", need(staff, community, NEUTRAL, "楼道照明维修", "3号楼WiFi信号差，LED灯损坏。", true));
            ids.put("N7", need(staff, community, MEALS, "午间用餐", "老人午餐难。", true));
            ids.put("N8", need(staff, community, NEUTRAL, "助餐点筹建", "筹建中的助餐点。", false));
            ids.put("N9", need(staff, community, NEUTRAL, "社区食堂", "长者助餐服务是本社区的重点工作。", true));
            fixture = new Fixture(community, staff, ids);
        }
        return fixture;
    }

    /**
     * One partner's supply items with the same texts and categories as the needs (S8 a draft), so the same table holds:
     * the index and the ranking are one for every kind of record.
     */
    private Fixture supplyFixture() {
        if (supplyFixture == null) {
            Long partnerId = partner("检索供给社" + suffix(), "为检索测试提供供给。", List.of(MEALS));
            String username = "sc-partner-" + suffix();
            CreatedUser created = accounts.create(admin(), new NewUser(username, "检索合伙人", Role.PARTNER, null,
                    partnerId, null));
            Actor partner = ((LoginResult.Success) authentication.login(username, created.temporaryPassword(),
                    "10.8.1.6")).actor();
            Map<String, Long> ids = new LinkedHashMap<>();
            fixture().ids().forEach((name, needId) -> {
                NeedView need = needs.get(fixture().staff(), needId);
                ids.put("S" + name.substring(1), supplies.create(partner, new SupplyForm(need.category().code(),
                        need.title(), need.description(), List.of(DISTRICT.value()), 5, FundingMode.LOW_FEE, null,
                        Set.of(TargetGroup.ELDERLY), "李四", "13800138000", !name.equals("N8"))).id());
            });
            supplyFixture = new Fixture(null, partner, ids);
        }
        return supplyFixture;
    }

    // --- the table ---

    /** Query → the exact set of published needs of the fixture's community it finds (for anyone). */
    private static final Object[][] NEED_QUERIES = {
        {"助餐", Set.of("N1", "N2", "N3", "N7", "N9")}, // two characters; N7 by its category 养老助餐
        {"养老", Set.of("N5", "N7")}, // not 老年人助餐 (N1); N7 by its category's name
        {"老年人助餐", Set.of("N1")},
        {"长者助餐服务", Set.of("N2", "N9")},
        {"餐服", Set.of("N2", "N9")}, // N3's 助餐，服务 has the two characters only across the comma
        {"助餐，服务", Set.of("N2", "N3", "N9")}, // two terms, each anywhere
        {"養老", Set.of("N4")}, // traditional finds traditional only
        {"养老院", Set.of()}, // N4 is 養老院
        {"养老 老人", Set.of("N5", "N7")},
        {"wifi", Set.of("N6")},
        {"WIFI", Set.of("N6")},
        {"ＷｉＦｉ", Set.of("N6")}, // full-width letters
        {"3号楼", Set.of("N6")}, // digit and Chinese in one term
        {"led灯", Set.of("N6")},
        {"老", Set.of("N1", "N3", "N4", "N5", "N7")}, // one character: 老 is the same in 養老
        {"上门", Set.of("N1", "N5")},
        {"午餐", Set.of("N2", "N7")},
        {"服务到家", Set.of("N3")},
        {"meal", Set.of("N7")}, // the category's English name
        {"火锅", Set.of()},
        {"助餐 火锅", Set.of()}, // every term must occur
        {"餐助", Set.of()}, // the characters in the other order
        {"助餐点筹建", Set.of()}, // a draft: not for the public
        {"需求", Set.of("N4")}, // a word written alike in both scripts
    };

    @Test
    void everyQueryOfTheTableFindsExactlyItsNeeds() {
        Fixture f = fixture();
        List<String> wrong = new ArrayList<>();
        for (Object[] row : NEED_QUERIES) {
            String q = (String) row[0];
            @SuppressWarnings("unchecked")
            Set<String> expected = (Set<String>) row[1];
            Set<String> found = names(f, needs.list(Actor.anonymous("10.8.1.1"), filter(f, q, false), PageRequest.of(0, 50)));
            if (!found.equals(expected)) {
                wrong.add(q + " → " + found + " (expected " + expected + ")");
            }
        }
        assertThat(wrong).as("queries that found the wrong needs").isEmpty();
        assertThat(NEED_QUERIES.length).isGreaterThanOrEqualTo(20);
    }

    @Test
    void everyQueryOfTheTableFindsExactlyItsSupplyItems() {
        Fixture f = supplyFixture();
        Long partnerId = f.staff().partnerId();
        List<String> wrong = new ArrayList<>();
        for (Object[] row : NEED_QUERIES) {
            String q = (String) row[0];
            @SuppressWarnings("unchecked")
            Set<String> expected = ((Set<String>) row[1]).stream().map(n -> "S" + n.substring(1))
                    .collect(Collectors.toSet());
            Page<SupplyView> page = supplies.list(Actor.anonymous("10.8.1.5"),
                    new SupplyFilter(null, null, null, null, partnerId, null, q, null), PageRequest.of(0, 50));
            Set<String> found = Set.copyOf(supplyOrder(f, page));
            if (!found.equals(expected)) {
                wrong.add(q + " → " + found + " (expected " + expected + ")");
            }
        }
        assertThat(wrong).as("queries that found the wrong supply items").isEmpty();
        // ranked alike: the whole title first, then titles with the word (newest first), then the rest
        assertThat(supplyOrder(f, supplies.list(Actor.anonymous("10.8.1.5"),
                new SupplyFilter(null, null, null, null, partnerId, null, "助餐", null), PageRequest.of(0, 50))))
                .containsExactly("S2", "S1", "S9", "S7", "S3");
        // the partner's own draft is found by the partner
        assertThat(supplyOrder(f, supplies.list(f.staff(),
                new SupplyFilter(null, null, null, null, partnerId, null, "助餐点筹建", null), PageRequest.of(0, 50))))
                .containsExactly("S8");
    }

    @Test
    void aDraftIsFoundByThoseWhoMaySeeIt() {
        Fixture f = fixture();
        assertThat(names(f, needs.list(f.staff(), filter(f, "助餐点筹建", false), PageRequest.of(0, 50))))
                .containsExactly("N8");
        assertThat(names(f, needs.list(f.staff(), filter(f, "助餐", false), PageRequest.of(0, 50))))
                .containsExactlyInAnyOrder("N1", "N2", "N3", "N7", "N8", "N9");
    }

    @Test
    void aTitleHitRanksAboveADescriptionHitAndTheWholeTitleFirst() {
        Fixture f = fixture();
        Actor anyone = Actor.anonymous("10.8.1.2");
        assertThat(order(f, needs.list(anyone, filter(f, "长者助餐服务", false), PageRequest.of(0, 50))))
                .containsExactly("N2", "N9");
        // 助餐: titles N2 and N1 (newest first), then descriptions and categories N9, N7, N3 (newest first)
        assertThat(order(f, needs.list(anyone, filter(f, "助餐", false), PageRequest.of(0, 50))))
                .containsExactly("N2", "N1", "N9", "N7", "N3");
        assertThat(order(f, needs.list(anyone, filter(f, "上门", false), PageRequest.of(0, 50))))
                .containsExactly("N5", "N1");
        assertThat(order(f, needs.list(anyone, filter(f, "老年人助餐", false), PageRequest.of(0, 50))))
                .containsExactly("N1");
        assertThat(order(f, needs.list(anyone, filter(f, "助餐", true), PageRequest.of(0, 50))))
                .as("newest first when asked").containsExactly("N9", "N7", "N3", "N2", "N1");
    }

    @Test
    void pagingKeepsTheTotalAndTheOrder() {
        Fixture f = fixture();
        Page<NeedView> first = needs.list(Actor.anonymous("10.8.1.3"), filter(f, "助餐", false), PageRequest.of(0, 2));
        Page<NeedView> second = needs.list(Actor.anonymous("10.8.1.3"), filter(f, "助餐", false), PageRequest.of(1, 2));
        assertThat(first.total()).isEqualTo(5);
        assertThat(order(f, first)).containsExactly("N2", "N1");
        assertThat(order(f, second)).containsExactly("N9", "N7");
    }

    @Test
    void anEditedNeedIsFoundByItsNewTextOnly() {
        RegionCode community = newCommunity();
        Actor staff = user(Role.COMMUNITY_STAFF, community);
        Long id = need(staff, community, NEUTRAL, "停车难", "小区停车位不足。", true);
        Fixture f = new Fixture(community, staff, Map.of("E", id));
        NeedView view = needs.get(staff, id);
        needs.edit(staff, id, view.version(), new NeedForm(community.value(), NEUTRAL, "充电桩安装", "电动车充电难。", 10,
                Set.of(TargetGroup.ELDERLY), Urgency.LOW, FundingMode.PUBLIC_BENEFIT, 0L, null, null, null, false));
        assertThat(names(f, needs.list(staff, filter(f, "停车", false), PageRequest.of(0, 10)))).isEmpty();
        assertThat(names(f, needs.list(staff, filter(f, "充电", false), PageRequest.of(0, 10)))).containsExactly("E");
    }

    @Test
    void aPageOfTwentyNeedsCostsAtMostThreeStatements() {
        RegionCode community = newCommunity();
        Actor staff = user(Role.COMMUNITY_STAFF, community);
        for (int i = 0; i < 22; i++) {
            need(staff, community, i % 2 == 0 ? NEUTRAL : MEALS, "助餐需求" + i, "第" + i + "个需求的描述。", true);
        }
        Actor anyone = Actor.anonymous("10.8.1.4");
        NeedFilter search = new NeedFilter(community.value(), null, null, null, null, null, null, null, "助餐", null, null);
        // the first list of a region on a server reads the region's path once (it never changes, and is kept)
        needs.list(anyone, search, PageRequest.of(0, 1));
        Counted<Page<NeedView>> searched = counted(() -> needs.list(anyone, search, PageRequest.of(0, 20)));
        assertThat(searched.result().items()).hasSize(20);
        assertThat(searched.result().total()).isEqualTo(22);
        assertThat(searched.statements()).as("a searched page of 20: count, page, region names %s", searched.sql())
                .isBetween(2L, 3L);

        NeedFilter plain = new NeedFilter(community.value(), MEALS, null, null, null, null, null, null, null, null, null);
        Counted<Page<NeedView>> filtered = counted(() -> needs.list(anyone, plain, PageRequest.of(0, 20)));
        assertThat(filtered.result().total()).isEqualTo(11);
        assertThat(filtered.result().items()).allSatisfy(n -> assertThat(n.category().nameZh()).isEqualTo("养老助餐"));
        assertThat(filtered.statements()).as("a filtered page %s", filtered.sql()).isBetween(2L, 3L);
    }

    @Test
    void aPageOfTwentySupplyItemsCostsAtMostThreeStatements() {
        Long partnerId = partner("分页供给社" + suffix(), "为分页测试提供供给。", List.of(MEALS));
        String username = "sc-page-" + suffix();
        CreatedUser created = accounts.create(admin(), new NewUser(username, "分页合伙人", Role.PARTNER, null,
                partnerId, null));
        Actor partner = ((LoginResult.Success) authentication.login(username, created.temporaryPassword(),
                "10.8.1.7")).actor();
        for (int i = 0; i < 22; i++) {
            supplies.create(partner, new SupplyForm(MEALS, "助餐供给" + i, "第" + i + "项供给。",
                    i % 2 == 0 ? List.of(DISTRICT.value()) : List.of(QINGLONG.value(), DISTRICT.value()), 5,
                    FundingMode.LOW_FEE, null, Set.of(TargetGroup.ELDERLY), "李四", "13800138000", true));
        }
        Actor anyone = Actor.anonymous("10.8.1.8");
        SupplyFilter search = new SupplyFilter(null, null, null, null, partnerId, null, "助餐", null);
        // the first list on a server reads every region's names once (kept for a minute)
        supplies.list(anyone, search, PageRequest.of(0, 1));
        Counted<Page<SupplyView>> searched = counted(() -> supplies.list(anyone, search, PageRequest.of(0, 20)));
        assertThat(searched.result().total()).isEqualTo(22);
        assertThat(searched.result().items()).hasSize(20).allSatisfy(s -> {
            assertThat(s.partnerName()).startsWith("分页供给社");
            assertThat(s.serviceRegions()).extracting(CodedName::nameZh).contains("成华区");
        });
        assertThat(searched.statements()).as("a searched page of 20: hits, page, served regions %s", searched.sql())
                .isLessThanOrEqualTo(3L);

        SupplyFilter served = new SupplyFilter(QINGLONG.value(), MEALS, null, null, partnerId, null, null, null);
        // the first list of a region on a server reads the region's path once (it never changes, and is kept)
        supplies.list(anyone, served, PageRequest.of(0, 1));
        Counted<Page<SupplyView>> filtered = counted(() -> supplies.list(anyone, served, PageRequest.of(0, 20)));
        assertThat(filtered.result().total()).isEqualTo(22);
        assertThat(filtered.statements()).as("a page filtered by a served region %s", filtered.sql())
                .isLessThanOrEqualTo(3L);
    }

    // --- partners ---

    @Test
    void theLibraryIsSearchedByNameIntroductionAndCategoriesAndHidesSuspendedPartners() {
        Long p1 = partner("锦江长者助餐服务中心" + suffix(), "专注社区养老。", List.of(MEALS));
        Long p2 = partner("青少年心理咨询社" + suffix(), "为学生提供咨询，服务家庭。", List.of("parent-child-education"));
        Long p3 = partner("助餐暂停社" + suffix(), "暂停中的组织。", List.of(MEALS));
        partners.transition(admin(), p3, PartnerStatus.Action.SUSPEND, "核查中");
        Map<Long, String> mine = Map.of(p1, "P1", p2, "P2", p3, "P3");

        Map<String, List<String>> table = new LinkedHashMap<>();
        table.put("助餐", List.of("P1"));
        table.put("养老", List.of("P1"));
        table.put("咨询", List.of("P2"));
        table.put("餐服", List.of("P1"));
        table.put("服务", List.of("P1", "P2")); // in P1's name, then in P2's introduction
        table.put("亲子", List.of("P2")); // P2's category 亲子教育
        table.put("暂停", List.of()); // only the suspended partner has it
        table.put("火锅", List.of());
        for (Map.Entry<String, List<String>> row : table.entrySet()) {
            Page<PartnerView> page = partners.directory(new PartnerQuery(null, null, null, row.getKey(), true),
                    PageRequest.of(0, 200));
            List<String> found = page.items().stream().map(p -> mine.get(p.id())).filter(s -> s != null).toList();
            assertThat(found).as(row.getKey()).containsExactlyElementsOf(row.getValue());
        }
    }

    // --- helpers ---

    private <T> Counted<T> counted(Supplier<T> work) {
        SqlStatements.listen(emf);
        return SqlStatements.count(work);
    }

    private static NeedFilter filter(Fixture f, String q, boolean newestFirst) {
        return new NeedFilter(f.community().value(), null, null, null, null, null, null, null, q, null, null,
                newestFirst);
    }

    private static List<String> supplyOrder(Fixture f, Page<SupplyView> page) {
        Map<Long, String> byId = new LinkedHashMap<>();
        f.ids().forEach((name, id) -> byId.put(id, name));
        return page.items().stream().map(s -> byId.getOrDefault(s.id(), "?" + s.id())).toList();
    }

    private static Set<String> names(Fixture f, Page<NeedView> page) {
        return Set.copyOf(order(f, page));
    }

    private static List<String> order(Fixture f, Page<NeedView> page) {
        Map<Long, String> byId = new LinkedHashMap<>();
        f.ids().forEach((name, id) -> byId.put(id, name));
        return page.items().stream().map(n -> byId.getOrDefault(n.id(), "?" + n.id())).toList();
    }

    private Long need(Actor staff, RegionCode community, String category, String title, String description,
            boolean publish) {
        return needs.record(staff, new NeedForm(community.value(), category, title, description, 10,
                Set.of(TargetGroup.ELDERLY), Urgency.MEDIUM, FundingMode.PUBLIC_BENEFIT, 0L, SourceChannel.ONLINE, null,
                null, publish)).need().id();
    }

    private Actor admin() {
        if (admin == null) {
            admin = ((LoginResult.Success) authentication.login("admin", System.getProperty("partnerhub.admin.password"),
                    "10.8.1.9")).actor();
        }
        return admin;
    }

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36);
    }

    private Actor user(Role role, RegionCode region) {
        String username = "sc-" + role.name().toLowerCase().replace('_', '-') + "-" + suffix();
        CreatedUser created = accounts.create(admin(), new NewUser(username, "检索" + role.name(), role, region.value(),
                null, null));
        return ((LoginResult.Success) authentication.login(username, created.temporaryPassword(), "10.8.1.8")).actor();
    }

    private RegionCode newCommunity() {
        String name = "检索" + suffix() + "社区";
        String csv = "level,code,name_zh,name_en,parent_code,note\ncommunity,," + name + ",,青龙街道,\n";
        assertThat(regionImport.importCsv(admin(), csv.getBytes(StandardCharsets.UTF_8)).created()).isEqualTo(1);
        return RegionCode.generated(QINGLONG, name);
    }

    private Long partner(String name, String introduction, List<String> categories) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder first = new StringBuilder("5251010");
        while (first.length() < 17) {
            first.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        String code = first + String.valueOf(CreditCode.checkCharacter(first.toString()));
        SubmittedApplication submitted = onboarding.submit(new ApplicationForm(name, PartnerType.SOCIAL_ORGANIZATION,
                code, "王五", "赵六", "028-85123456", "510108", List.of("510108"), categories, introduction, true), null,
                "10.8.1.7");
        return onboarding.decide(admin(), submitted.number(), ApplicationAction.ADMIT, "材料齐全").partnerId();
    }
}
