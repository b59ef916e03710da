package org.partnerhub.it.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
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
import org.partnerhub.application.events.Deliveries;
import org.partnerhub.application.events.DeliveryView;
import org.partnerhub.application.events.EventDispatcher;
import org.partnerhub.application.events.EventFeed;
import org.partnerhub.application.events.EventSettings;
import org.partnerhub.application.events.FeedEntry;
import org.partnerhub.application.events.StoredEvent;
import org.partnerhub.application.need.NeedForm;
import org.partnerhub.application.need.NeedService;
import org.partnerhub.application.need.NeedView;
import org.partnerhub.application.notification.NotificationService;
import org.partnerhub.application.partner.ApplicationForm;
import org.partnerhub.application.partner.OnboardingService;
import org.partnerhub.application.partner.SubmittedApplication;
import org.partnerhub.application.region.RegionImportService;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.need.NeedAction;
import org.partnerhub.domain.need.SourceChannel;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.partner.CreditCode;
import org.partnerhub.domain.partner.PartnerType;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.NotAuthenticatedException;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.it.support.Deployments;
import org.partnerhub.it.support.OutboxDrain;

/**
 * The outbox and its dispatcher inside the server, on the run's MariaDB: one event per change in the change's
 * transaction (none on rollback), order per aggregate under parallel writers, redelivery after a crashed server's lease,
 * retries with back-off and the dead letter, replay, the feed's visibility, and notifications that arrive once. A
 * consumer that exists only in this deployment ({@link RecordingConsumer}) receives what the tests watch. Waits poll
 * with a deadline.
 */
@ExtendWith(ArquillianExtension.class)
class EventsContextIT {

    private static final RegionCode DISTRICT = RegionCode.of("510108");
    private static final RegionCode QINGLONG = RegionCode.generated(DISTRICT, "青龙街道");
    private static final String MEALS = "elderly-meals";

    private static Actor admin;

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWarWith(EventsContextIT.class, RecordingConsumer.class, OutboxDrain.class);
    }

    @Inject
    NeedService needs;

    @Inject
    RegionImportService regionImport;

    @Inject
    AccountService accounts;

    @Inject
    AuthenticationService authentication;

    @Inject
    OnboardingService onboarding;

    @Inject
    NotificationService notifications;

    @Inject
    RecordingConsumer consumer;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    Deliveries deliveries;

    @Inject
    EventFeed feed;

    @Inject
    EventSettings settings;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = Persistence.DATASOURCE)
    DataSource dataSource;

    // --- actors, places, needs ---

    private Actor admin() {
        if (admin == null) {
            admin = ((LoginResult.Success) authentication.login("admin", System.getProperty("partnerhub.admin.password"),
                    "10.7.0.1")).actor();
        }
        return admin;
    }

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36);
    }

    private Actor user(Role role, RegionCode region) {
        String username = "ev-" + role.name().toLowerCase().replace('_', '-') + "-" + suffix();
        CreatedUser created = accounts.create(admin(), new NewUser(username, "事件" + role.name(), role, region.value(),
                null, null));
        return ((LoginResult.Success) authentication.login(username, created.temporaryPassword(), "10.7.0.2")).actor();
    }

    private RegionCode newCommunity() {
        String name = "事件" + suffix() + "社区";
        String csv = "level,code,name_zh,name_en,parent_code,note\ncommunity,," + name + ",,青龙街道,\n";
        assertThat(regionImport.importCsv(admin(), csv.getBytes(StandardCharsets.UTF_8)).created()).isEqualTo(1);
        return RegionCode.generated(QINGLONG, name);
    }

    private static NeedForm form(RegionCode community, String title, boolean publish) {
        return new NeedForm(community.value(), MEALS, title, "小区独居老人多，午餐没有着落，希望开设助餐点。", 40,
                Set.of(TargetGroup.ELDERLY), Urgency.HIGH, FundingMode.PUBLIC_BENEFIT, 0L, SourceChannel.ONLINE, null,
                null, publish);
    }

    private static NeedForm edited(NeedView need, String title) {
        return new NeedForm(need.community().code(), need.category().code(), title, need.description(),
                need.beneficiaries(), need.targetGroups(), need.urgency(), need.fundingMode(), 0L, null, null, null,
                false);
    }

    private NeedView edit(Actor staff, Long id, String title) {
        NeedView current = needs.get(staff, id);
        return needs.edit(staff, id, current.version(), edited(current, title));
    }

    // --- the database ---

    private long count(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long eventsOf(String aggregateType, Object id) {
        return count("SELECT COUNT(*) FROM domain_event WHERE aggregate_type = ? AND aggregate_id = ?", aggregateType,
                String.valueOf(id));
    }

    private static void within(Duration limit, String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + limit + ": " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private List<StoredEvent> changes(Long needId) {
        return consumer.deliveredOf("need", String.valueOf(needId)).stream()
                .filter(e -> e.type().equals("need.changed")).toList();
    }

    // --- the outbox ---

    @Test
    void aChangeWritesExactlyOneEventInItsTransactionAndNoneWhenItRollsBack() throws Exception {
        RegionCode community = newCommunity();
        Actor staff = user(Role.COMMUNITY_STAFF, community);
        NeedView need = needs.record(staff, form(community, "事件测试：一次一件", false)).need();
        assertThat(count("SELECT COUNT(*) FROM domain_event WHERE aggregate_type = 'need' AND aggregate_id = ? "
                + "AND type = 'need.recorded'", String.valueOf(need.id()))).isEqualTo(1);
        long before = eventsOf("need", need.id());

        transaction.begin();
        edit(staff, need.id(), "事件测试：回滚的修改");
        transaction.rollback();
        assertThat(eventsOf("need", need.id())).isEqualTo(before);

        edit(staff, need.id(), "事件测试：提交的修改");
        assertThat(eventsOf("need", need.id())).isEqualTo(before + 1);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT event_id, type, "
                + "body, is_public, region_path FROM domain_event WHERE aggregate_type = 'need' AND aggregate_id = ? "
                + "ORDER BY sequence DESC LIMIT 1")) {
            s.setString(1, String.valueOf(need.id()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).matches("evt_[0-9a-z]{26}");
                assertThat(rs.getString(2)).isEqualTo("need.changed");
                assertThat(rs.getString(3)).contains("\"needId\":\"" + need.id() + "\"")
                        .contains("\"title\":\"事件测试：提交的修改\"").contains("\"budgetFen\":0")
                        .contains("+08:00").doesNotContain(staff.username());
                assertThat(rs.getBoolean(4)).isFalse();
                assertThat(rs.getString(5)).endsWith("/" + community.value() + "/");
            }
        }

        // a business refusal rolls the change and its event back together
        long now = eventsOf("need", need.id());
        Actor stranger = user(Role.COMMUNITY_STAFF, newCommunity());
        assertThatThrownBy(() -> edit(stranger, need.id(), "事件测试：无权修改")).isInstanceOf(BusinessException.class);
        assertThat(eventsOf("need", need.id())).isEqualTo(now);
    }

    @Test
    void aThousandChangesByEightWritersArriveInOrderPerNeed() throws Exception {
        RegionCode community = newCommunity();
        Actor staff = user(Role.COMMUNITY_STAFF, community);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Long id = needs.record(staff, form(community, "事件顺序测试 " + i, false)).need().id();
            consumer.watch("need", String.valueOf(id), RecordingConsumer.RECORD);
            ids.add(id);
        }
        Map<Long, AtomicInteger> committed = new ConcurrentHashMap<>();
        ids.forEach(id -> committed.put(id, new AtomicInteger()));
        AtomicInteger serial = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 125; i++) {
                        Long id = ids.get((thread * 7 + i) % ids.size());
                        for (int tries = 1; ; tries++) {
                            try {
                                edit(staff, id, "事件顺序测试 " + id + " 第" + serial.incrementAndGet() + "次");
                                committed.get(id).incrementAndGet();
                                break;
                            } catch (RuntimeException e) {
                                // another writer changed it first (stale version, lock, deadlock): read it again
                                if (tries == 100) {
                                    throw e;
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(committed.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(1000);

        within(Duration.ofSeconds(180), "every change delivered",
                () -> ids.stream().allMatch(id -> changes(id).size() >= committed.get(id).get()));
        for (Long id : ids) {
            List<StoredEvent> got = changes(id);
            assertThat(got).hasSize(committed.get(id).get());
            List<Long> sequences = got.stream().map(StoredEvent::sequence).toList();
            assertThat(sequences).isSorted().doesNotHaveDuplicates();
            // the last event delivered is the need as it stands
            assertThat(got.get(got.size() - 1).bodyJson()).contains("\"title\":\"" + needs.get(staff, id).title() + "\"");
        }
    }

    @Test
    void aDeliveryClaimedByAServerThatDiedIsDeliveredAgainWhenItsLeaseRunsOut() throws Exception {
        RegionCode community = newCommunity();
        Actor staff = user(Role.COMMUNITY_STAFF, community);
        NeedView need = needs.record(staff, form(community, "事件测试：崩溃", false)).need();
        consumer.watch("need", String.valueOf(need.id()), RecordingConsumer.RECORD);
        edit(staff, need.id(), "事件测试：崩溃之前");
        within(Duration.ofSeconds(30), "the change delivered", () -> changes(need.id()).size() == 1);
        StoredEvent first = changes(need.id()).get(0);

        // as if a server had claimed the delivery and died before recording it done
        assertThat(update("UPDATE event_delivery SET status = 'PENDING', delivered_at = NULL, claim_id = 'dead-server', "
                + "lease_until = UTC_TIMESTAMP(6) + INTERVAL 2 SECOND WHERE channel = ? AND sequence = ?",
                RecordingConsumer.RECORD, first.sequence())).isEqualTo(1);
        within(Duration.ofSeconds(30), "delivered again after the lease", () -> changes(need.id()).size() == 2);
        assertThat(changes(need.id()).get(1).eventId()).isEqualTo(first.eventId());

        // an event committed by a server that died before it could nudge its dispatcher: the next poll delivers it
        update("INSERT INTO domain_event (event_id, type, aggregate_type, aggregate_id, occurred_at, body, internal, "
                + "is_public, region_path, partner_id) VALUES (?, 'need.changed', 'need', ?, UTC_TIMESTAMP(6), ?, FALSE, "
                + "FALSE, NULL, NULL)", "evt_crashtest" + suffix(), String.valueOf(need.id()),
                "{\"needId\":\"" + need.id() + "\"}");
        within(Duration.ofSeconds(30), "the orphan event delivered", () -> changes(need.id()).size() == 3);
    }

    @Test
    void aFailingDeliveryIsRetriedWithBackOffHoldsBackItsAggregateAndDiesAfterTheConfiguredAttempts() throws Exception {
        RegionCode community = newCommunity();
        Actor staff = user(Role.COMMUNITY_STAFF, community);
        NeedView need = needs.record(staff, form(community, "事件测试：失败", false)).need();
        // need.recorded fanned out before the watch: only the changes below go to the failing channel
        OutboxDrain.await(dataSource);
        consumer.watch("need", String.valueOf(need.id()), RecordingConsumer.FAIL);
        edit(staff, need.id(), "事件测试：失败一");
        long failing = count("SELECT MAX(sequence) FROM domain_event WHERE aggregate_type = 'need' AND aggregate_id = ?",
                String.valueOf(need.id()));
        within(Duration.ofSeconds(30), "the first attempt", () -> attempts(failing) == 1);
        // the next change of the same need waits behind it on the same channel
        edit(staff, need.id(), "事件测试：失败二");
        long waiting = count("SELECT MAX(sequence) FROM domain_event WHERE aggregate_type = 'need' AND aggregate_id = ?",
                String.valueOf(need.id()));
        within(Duration.ofSeconds(30), "the second change fanned out", () -> attempts(waiting) == 0);

        for (int attempt = 1; attempt < settings.maxAttempts(); attempt++) {
            DeliveryView row = delivery(failing);
            assertThat(row.status()).isEqualTo("RETRYING");
            assertThat(row.lastError()).contains("refused on purpose");
            assertThat(Duration.between(row.lastAttemptAt(), row.nextAttemptAt()))
                    .isEqualTo(settings.backoff(attempt));
            // make the retry due now rather than waiting for the back-off
            update("UPDATE event_delivery SET next_attempt_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND "
                    + "WHERE channel = ? AND sequence = ?", RecordingConsumer.FAIL, failing);
            int next = attempt + 1;
            within(Duration.ofSeconds(30), "attempt " + next, () -> attempts(failing) == next);
            if (next < settings.maxAttempts()) {
                // after the last attempt the failing delivery is dead and the waiting one may go at once (below)
                assertThat(attempts(waiting)).as("held back behind the failing one").isZero();
            }
        }
        assertThat(delivery(failing).status()).isEqualTo("DEAD");
        assertThat(settings.backoff(1)).isLessThan(settings.backoff(2));
        assertThat(settings.backoff(40)).isEqualTo(settings.retryMax());
        // a dead letter no longer holds the aggregate back
        within(Duration.ofSeconds(30), "the waiting change attempted", () -> attempts(waiting) == 1);
    }

    private DeliveryView delivery(long sequence) {
        return deliveries.of(RecordingConsumer.FAIL, PageRequest.first(200)).items().stream()
                .filter(d -> d.sequence() == sequence).findFirst().orElseThrow();
    }

    private long attempts(long sequence) {
        return count("SELECT COALESCE(MAX(attempts), -1) FROM event_delivery WHERE channel = ? AND sequence = ?",
                RecordingConsumer.FAIL, sequence);
    }

    @Test
    void aReplayDeliversEveryEventFromASequenceAgainInOrder() throws Exception {
        RegionCode community = newCommunity();
        Actor staff = user(Role.COMMUNITY_STAFF, community);
        NeedView need = needs.record(staff, form(community, "事件测试：重放", false)).need();
        consumer.watch("need", String.valueOf(need.id()), RecordingConsumer.RECORD);
        for (int i = 1; i <= 3; i++) {
            edit(staff, need.id(), "事件测试：重放 " + i);
        }
        within(Duration.ofSeconds(30), "three changes", () -> changes(need.id()).size() == 3);
        List<StoredEvent> first = changes(need.id());

        int added = deliveries.replay(RecordingConsumer.RECORD, first.get(1).sequence());
        assertThat(added).isGreaterThanOrEqualTo(2);
        within(Duration.ofSeconds(30), "the replay", () -> changes(need.id()).size() == 5);
        assertThat(changes(need.id()).subList(3, 5)).extracting(StoredEvent::eventId)
                .containsExactly(first.get(1).eventId(), first.get(2).eventId());

        deliveries.redeliver(RecordingConsumer.RECORD, first.get(0).sequence());
        within(Duration.ofSeconds(30), "the redelivery", () -> changes(need.id()).size() == 6);
        assertThat(changes(need.id()).get(5).eventId()).isEqualTo(first.get(0).eventId());
        assertThat(deliveries.cancelPending(RecordingConsumer.RECORD)).isGreaterThanOrEqualTo(0);

        assertThatThrownBy(() -> feed.replay(staff, RecordingConsumer.RECORD, 1L))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> feed.replay(admin(), " ", 0L)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactlyInAnyOrder("channel",
                        "fromSequence"));
    }

    // --- the feed ---

    @Test
    void theFeedShowsEachReaderWhatItsRoleAndRegionMaySeeAndNeverAnInternalEvent() throws Exception {
        long start = count("SELECT COALESCE(MAX(feed_position), 0) FROM domain_event");
        RegionCode community = newCommunity();
        RegionCode other = newCommunity();
        Actor staff = user(Role.COMMUNITY_STAFF, community);
        Actor streetStaff = user(Role.STREET_STAFF, QINGLONG);
        Actor farStaff = user(Role.COMMUNITY_STAFF, other);
        Actor auditor = user(Role.AUDITOR, DISTRICT);
        NeedView draft = needs.record(staff, form(community, "事件测试：草稿可见性", false)).need();
        NeedView published = needs.record(staff, form(community, "事件测试：公开可见性", true)).need();
        needs.transition(staff, draft.id(), NeedAction.CLOSE, "测试关闭");
        notifications.notifyUser(staff.userId(), "notify.application.new", List.of("PA-0", "测试"), "/inbox");
        OutboxDrain.await(dataSource);

        Set<String> types = Set.of("need.recorded", "need.published", "need.closed");
        assertThat(ids(admin(), start, types)).contains(draft.id(), published.id());
        assertThat(ids(auditor, start, types)).contains(draft.id(), published.id());
        assertThat(ids(staff, start, types)).contains(draft.id(), published.id());
        assertThat(ids(streetStaff, start, types)).contains(draft.id(), published.id());
        assertThat(ids(farStaff, start, types)).contains(published.id()).doesNotContain(draft.id());

        // oldest first, in pages, the cursor read on; internal events never
        List<FeedEntry> all = readAll(admin(), start, Set.of());
        assertThat(all).extracting(FeedEntry::position).isSorted().doesNotHaveDuplicates();
        assertThat(all).extracting(e -> e.event().type()).doesNotContain("notification.created")
                .contains("need.recorded", "need.closed");
        assertThat(count("SELECT COUNT(*) FROM domain_event WHERE internal = TRUE")).isPositive();
        assertThat(feed.read(admin(), Long.MAX_VALUE - 1, Set.of(), 10).items()).isEmpty();
        assertThat(feed.read(admin(), Long.MAX_VALUE - 1, Set.of(), 10).cursor()).isEqualTo(Long.MAX_VALUE - 1);

        assertThatThrownBy(() -> feed.read(Actor.anonymous("10.7.0.9"), 0, Set.of(), 10))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> feed.read(admin(), 0, Set.of("notification.created"), 10))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("types"));
        assertThatThrownBy(() -> feed.read(admin(), -1, Set.of(), 10)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("after"));
        assertThatThrownBy(() -> feed.read(admin(), 0, Set.of(), 501)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("size"));
    }

    private List<Long> ids(Actor reader, long after, Set<String> types) {
        return readAll(reader, after, types).stream().filter(e -> e.event().aggregateType().equals("need"))
                .map(e -> Long.valueOf(e.event().aggregateId())).toList();
    }

    private List<FeedEntry> readAll(Actor reader, long after, Set<String> types) {
        List<FeedEntry> all = new ArrayList<>();
        long cursor = after;
        while (true) {
            var page = feed.read(reader, cursor, types, 50);
            all.addAll(page.items());
            if (page.items().isEmpty()) {
                return all;
            }
            cursor = page.cursor();
        }
    }

    // --- notifications as consumers ---

    @Test
    void anApplicationNotifiesEachAdministratorOnceEvenWhenItsEventIsDeliveredAgain() throws Exception {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder first = new StringBuilder("5251010");
        while (first.length() < 17) {
            first.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        String code = first + String.valueOf(CreditCode.checkCharacter(first.toString()));
        SubmittedApplication submitted = onboarding.submit(new ApplicationForm("事件测试服务社" + suffix(),
                PartnerType.SOCIAL_ORGANIZATION, code, "王五", "赵六", "028-85123456", "510108", List.of("510108"),
                List.of(MEALS), "社区助餐服务。", true), null, "10.7.0.3");
        OutboxDrain.await(dataSource);
        assertThat(told(submitted.number())).isEqualTo(1);

        long sequence = count("SELECT sequence FROM domain_event WHERE type = 'application.submitted' "
                + "AND aggregate_id = ?", submitted.number());
        deliveries.redeliver("notifications:onboarding", sequence);
        deliveries.replay("notifications:onboarding", sequence);
        OutboxDrain.await(dataSource);
        assertThat(count("SELECT COUNT(*) FROM event_delivery WHERE channel = 'notifications:onboarding' "
                + "AND sequence = ? AND status = 'DELIVERED'", sequence)).isEqualTo(3);
        assertThat(told(submitted.number())).isEqualTo(1);
        // and each stored notification wrote its internal event for the e-mail
        assertThat(count("SELECT COUNT(*) FROM domain_event WHERE type = 'notification.created' AND internal = TRUE "
                + "AND body LIKE ?", "%\"recipientUserId\":\"" + admin().userId() + "\"%")).isPositive();
    }

    private long told(String number) {
        return notifications.inbox(admin(), PageRequest.first(200)).items().stream()
                .filter(n -> n.getMessageArgs().contains(number)).count();
    }
}
