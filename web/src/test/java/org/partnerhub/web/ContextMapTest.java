package org.partnerhub.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The context map, enforced on the compiled application and domain classes (as Spring Modulith verifies its modules):
 * each bounded context uses only the contexts it is allowed to ({@link #ALLOWED}), and of those only their published
 * API — the classes of their application package (never {@code internal}) and the domain types they publish
 * ({@link #PUBLISHED}: value objects, enums, query records, ports) — never another context's repositories or entities,
 * but for the few documented exceptions ({@link #EXCEPTIONS}). docs/ARCHITECTURE.md "Between contexts" draws the same
 * table; change both together.
 */
class ContextMapTest {

    private static final Pattern CONTEXT = Pattern.compile("org\\.partnerhub\\.(application|domain)\\.([a-z]+)(\\..*)?");

    /** The shared kernel (exceptions, messages, pages, value objects, filters, access policy): every context uses it. */
    private static final String SHARED = "shared";

    /** Which other contexts each context may use (application and domain together). */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("region", Set.of("account", "audit")),
            Map.entry("category", Set.of()),
            // account → notification: a user's choice of which kinds of notification reach them by e-mail (NotificationKind)
            Map.entry("account", Set.of("region", "audit", "notification")),
            Map.entry("audit", Set.of("account")),
            Map.entry("file", Set.of()),
            Map.entry("notification", Set.of("account", "events")),
            // the outbox (issue 14, events): every context that publishes or consumes domain events uses its API
            Map.entry("events", Set.of("account")),
            // webhooks (issue 14): subscriptions scoped by their owner, delivered as an events channel, owners told
            Map.entry("webhook", Set.of("account", "audit", "notification", "events")),
            Map.entry("imports", Set.of("account")),
            Map.entry("search", Set.of()),
            Map.entry("partner", Set.of("account", "audit", "region", "category", "file", "notification", "search",
                    "events")),
            Map.entry("need", Set.of("account", "audit", "region", "category", "imports", "search", "events")),
            Map.entry("supply", Set.of("account", "audit", "region", "category", "imports", "search", "need",
                    "partner", "events")),
            Map.entry("cooperation", Set.of("account", "audit", "region", "category", "file", "notification", "need",
                    "supply", "partner", "events")),
            Map.entry("matching", Set.of("account", "region", "category", "notification", "need", "supply", "partner",
                    "cooperation", "events")),
            Map.entry("discovery", Set.of("account", "search", "need", "supply", "partner")),
            Map.entry(SHARED, Set.of("account", "audit", "region", "category")));

    /** The domain types a context publishes to the others (all its application package is published besides). */
    static final Map<String, Set<String>> PUBLISHED = Map.ofEntries(
            Map.entry("account", Set.of("Actor", "Role", "PartnerDirectory", "Language")),
            Map.entry("notification", Set.of("NotificationKind")),
            Map.entry("audit", Set.of("AuditAction", "AuditOutcome")),
            Map.entry("region", Set.of("RegionCode", "RegionCodeConverter", "RegionLevel", "RegionName", "RegionQuery")),
            Map.entry("category", Set.of("CategoryCode", "CategoryCodeConverter")),
            Map.entry("partner", Set.of("PartnerStanding", "PartnerQuery", "ServiceArea")),
            Map.entry("need", Set.of("NeedStatus")),
            Map.entry("supply", Set.of("SupplyStatus")),
            Map.entry("search", Set.of("SearchKind", "SearchEntry", "SearchPlan")),
            Map.entry("imports", Set.of("ImportJobStatus")));

    /**
     * The documented exceptions: which contexts may use which other domain types (repositories and entities), and why.
     * Keep it short; docs/ARCHITECTURE.md lists the same.
     */
    static final Map<String, Set<String>> EXCEPTIONS = Map.ofEntries(
            // Reference data: the region tree and the categories change only by the region import and by migrations.
            // Every context reads them (codes → regions with their paths, pickers); nobody outside them writes them
            // (referenceDataIsReadOnlyOutsideItsContext).
            Map.entry("domain.region.Region", Set.of("*")),
            Map.entry("domain.region.RegionRepository", Set.of("*")),
            Map.entry("domain.category.Category", Set.of("*")),
            Map.entry("domain.category.CategoryRepository", Set.of("*")),
            // The file store hands a stored file to whoever streams it (a project's photos, an application's
            // documents); they read its bytes and type, nothing else.
            Map.entry("domain.file.StoredFile", Set.of("cooperation", "partner")),
            // The audit trail's one writer (AuditLog) sits in the shared kernel, so that every context can write a line.
            Map.entry("domain.audit.AuditEvent", Set.of(SHARED)),
            Map.entry("domain.audit.AuditRepository", Set.of(SHARED)));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.partnerhub.application", "org.partnerhub.domain");
    }

    @Test
    void everyContextIsOnTheMap() {
        classes().that().resideInAnyPackage("org.partnerhub.application..", "org.partnerhub.domain..")
                .should(beInAContextOnTheMap()).check(classes);
    }

    @Test
    void eachContextUsesOnlyTheContextsItMayUse() {
        classes().that().resideInAnyPackage("org.partnerhub.application..", "org.partnerhub.domain..")
                .should(dependOnlyOn("the contexts the map allows", (from, to) ->
                        ALLOWED.getOrDefault(from, Set.of()).contains(to)))
                .check(classes);
    }

    @Test
    void noContextUsesAnotherContextsRepositories() {
        classes().that().resideInAnyPackage("org.partnerhub.application..", "org.partnerhub.domain..")
                .should(useOfOtherContexts("no repository of another context",
                        target -> !target.getSimpleName().endsWith("Repository")))
                .check(classes);
    }

    @Test
    void noContextUsesAnotherContextsEntities() {
        classes().that().resideInAnyPackage("org.partnerhub.application..", "org.partnerhub.domain..")
                .should(useOfOtherContexts("no entity of another context",
                        target -> !target.isAnnotatedWith(Entity.class)))
                .check(classes);
    }

    @Test
    void otherContextsUseOnlyThePublishedApi() {
        classes().that().resideInAnyPackage("org.partnerhub.application..", "org.partnerhub.domain..")
                .should(useOfOtherContexts("only the published API of another context", target -> {
                    Matcher m = CONTEXT.matcher(target.getPackageName());
                    if (!m.matches() || m.group(3) != null && m.group(3).contains("internal")) {
                        return false;
                    }
                    if (m.group(1).equals("application")) {
                        return m.group(3) == null;
                    }
                    return m.group(3) == null && PUBLISHED.getOrDefault(m.group(2), Set.of())
                            .contains(target.getSimpleName());
                }))
                .check(classes);
    }

    @Test
    void referenceDataIsReadOnlyOutsideItsContext() {
        noClasses().that().resideOutsideOfPackages("org.partnerhub.application.region..",
                        "org.partnerhub.domain.region..")
                .should().callMethodWhere(writing("org.partnerhub.domain.region."))
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.partnerhub.application.category..",
                        "org.partnerhub.domain.category..")
                .should().callMethodWhere(writing("org.partnerhub.domain.category."))
                .check(classes);
    }

    /** A call of a method of the package's classes that may change something: any but a getter or a query. */
    private static DescribedPredicate<JavaMethodCall> writing(String packagePrefix) {
        return DescribedPredicate.describe("a method of " + packagePrefix + "* that may change it", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return owner.startsWith(packagePrefix) && !call.getTargetOwner().isEnum()
                    && !call.getTargetOwner().isRecord() && !owner.endsWith("Code")
                    && !owner.endsWith("Converter") && !owner.endsWith("Query") && !owner.endsWith("Tree")
                    && !(name.startsWith("get") || name.startsWith("is") || name.startsWith("find")
                            || name.startsWith("count") || name.startsWith("names") || name.startsWith("all")
                            || name.startsWith("max") || name.equals("path") || name.equals("level")
                            || name.equals("covers") || name.equals("isWithin") || name.equals("equals")
                            || name.equals("hashCode") || name.equals("toString"));
        });
    }

    private interface ContextPair {
        boolean allowed(String from, String to);
    }

    private interface TargetCheck {
        boolean allowed(JavaClass target);
    }

    private static String contextOf(JavaClass c) {
        Matcher m = CONTEXT.matcher(topLevel(c).getPackageName());
        return m.matches() ? m.group(2) : null;
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass t = c.isArray() ? c.getBaseComponentType() : c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }

    private static String key(JavaClass target) {
        Matcher m = CONTEXT.matcher(target.getPackageName());
        return m.matches() ? m.group(1) + "." + m.group(2) + "." + target.getSimpleName() : target.getName();
    }

    private static boolean excepted(String from, JavaClass target) {
        Set<String> who = EXCEPTIONS.get(key(target));
        return who != null && (who.contains("*") || who.contains(from));
    }

    private static ArchCondition<JavaClass> beInAContextOnTheMap() {
        return new ArchCondition<>("belong to a context on the map") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String context = contextOf(item);
                if (context == null || !ALLOWED.containsKey(context)) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is in no context of the map"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> dependOnlyOn(String what, ContextPair rule) {
        return new ArchCondition<>("depend only on " + what) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String from = contextOf(item);
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    String to = contextOf(d.getTargetClass());
                    if (from == null || to == null || to.equals(from) || to.equals(SHARED)) {
                        continue;
                    }
                    if (!rule.allowed(from, to)) {
                        events.add(SimpleConditionEvent.violated(d,
                                from + " may not use " + to + ": " + d.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useOfOtherContexts(String what, TargetCheck check) {
        return new ArchCondition<>("use " + what) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String from = contextOf(item);
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = topLevel(d.getTargetClass());
                    String to = contextOf(target);
                    if (from == null || to == null || to.equals(from) || to.equals(SHARED) || excepted(from, target)) {
                        continue;
                    }
                    if (!check.allowed(target)) {
                        events.add(SimpleConditionEvent.violated(d, from + " → " + to + ": " + d.getDescription()));
                    }
                }
            }
        };
    }
}
