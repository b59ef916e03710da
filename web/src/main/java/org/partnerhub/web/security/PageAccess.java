package org.partnerhub.web.security;

import static org.partnerhub.domain.account.Role.AUDITOR;
import static org.partnerhub.domain.account.Role.COMMUNITY_STAFF;
import static org.partnerhub.domain.account.Role.DISTRICT_ADMIN;
import static org.partnerhub.domain.account.Role.PARTNER;
import static org.partnerhub.domain.account.Role.STREET_STAFF;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.partnerhub.domain.account.Role;

/**
 * Who may open which page: the one list of pages. A page missing here is refused to everyone, so a new page cannot be
 * public by accident. (The services check again, record by record; this only keeps people away from pages that
 * would refuse them anyway.)
 */
public final class PageAccess {

    private static final Set<Role> SIGNED_IN = EnumSet.allOf(Role.class);

    /** Those who record visits and needs on pages (integrators record through the API). */
    private static final Set<Role> RECORDERS = EnumSet.of(COMMUNITY_STAFF, STREET_STAFF, PARTNER);

    private static final Map<String, Set<Role>> PAGES = Map.ofEntries(
            Map.entry("/index", EnumSet.noneOf(Role.class)),
            Map.entry("/regions", EnumSet.noneOf(Role.class)),
            Map.entry("/login", EnumSet.noneOf(Role.class)),
            Map.entry("/apply", EnumSet.noneOf(Role.class)),
            Map.entry("/application", EnumSet.noneOf(Role.class)),
            Map.entry("/privacy", EnumSet.noneOf(Role.class)),
            Map.entry("/partners", EnumSet.noneOf(Role.class)),
            Map.entry("/search", EnumSet.noneOf(Role.class)),
            Map.entry("/partner", EnumSet.noneOf(Role.class)),
            Map.entry("/partner/profile", EnumSet.of(Role.PARTNER)),
            Map.entry("/inbox", SIGNED_IN),
            Map.entry("/admin/applications", EnumSet.of(DISTRICT_ADMIN)),
            Map.entry("/admin/application", EnumSet.of(DISTRICT_ADMIN)),
            Map.entry("/logout", SIGNED_IN),
            Map.entry("/account", SIGNED_IN),
            Map.entry("/account/password", SIGNED_IN),
            Map.entry("/admin/users", EnumSet.of(DISTRICT_ADMIN)),
            Map.entry("/admin/user", EnumSet.of(DISTRICT_ADMIN)),
            Map.entry("/admin/user-new", EnumSet.of(DISTRICT_ADMIN)),
            Map.entry("/admin/tokens", EnumSet.of(DISTRICT_ADMIN)),
            Map.entry("/admin/regions-import", EnumSet.of(DISTRICT_ADMIN)),
            Map.entry("/audit", EnumSet.of(AUDITOR, DISTRICT_ADMIN)),
            Map.entry("/needs", EnumSet.noneOf(Role.class)),
            Map.entry("/need", EnumSet.noneOf(Role.class)),
            Map.entry("/need/edit", RECORDERS),
            Map.entry("/needs/import", EnumSet.of(COMMUNITY_STAFF, STREET_STAFF, DISTRICT_ADMIN)),
            Map.entry("/visits", SIGNED_IN),
            Map.entry("/visit", SIGNED_IN),
            Map.entry("/visit/new", RECORDERS),
            Map.entry("/pain-points", EnumSet.noneOf(Role.class)),
            Map.entry("/pain-point", EnumSet.noneOf(Role.class)),
            Map.entry("/pain-point/edit", EnumSet.of(STREET_STAFF)),
            Map.entry("/admin/funds", EnumSet.of(DISTRICT_ADMIN, STREET_STAFF)),
            Map.entry("/supplies", EnumSet.noneOf(Role.class)),
            Map.entry("/supply", EnumSet.noneOf(Role.class)),
            Map.entry("/supply/edit", EnumSet.of(PARTNER)),
            Map.entry("/supplies/import", EnumSet.of(PARTNER, DISTRICT_ADMIN)),
            // cooperation: the sides' inboxes and forms (the services check the record), the public showcase
            Map.entry("/intents", SIGNED_IN),
            Map.entry("/intent", SIGNED_IN),
            Map.entry("/intent/new", RECORDERS),
            Map.entry("/projects", SIGNED_IN),
            Map.entry("/project", EnumSet.noneOf(Role.class)),
            Map.entry("/showcase", EnumSet.noneOf(Role.class)));

    private PageAccess() {}

    /** What the rule for a page is. */
    public enum Rule {
        PUBLIC,
        SIGN_IN_FIRST,
        ALLOWED,
        FORBIDDEN,
        NOT_A_PAGE
    }

    /**
     * The rule for {@code path} (context-relative, e.g. {@code /admin/users} or {@code /admin/users.xhtml}) and a role
     * ({@code null} for the public). {@code viewExists} tells whether the path names a view of the application: an
     * unknown address is left to the 404 page, a real page missing from the list is forbidden.
     */
    public static Rule check(String path, Role role, java.util.function.Predicate<String> viewExists) {
        String page = pageOf(path);
        if (page == null) {
            return Rule.NOT_A_PAGE;
        }
        Set<Role> allowed = PAGES.get(page);
        if (allowed == null) {
            return viewExists.test(page + ".xhtml") ? Rule.FORBIDDEN : Rule.NOT_A_PAGE;
        }
        if (allowed.isEmpty()) {
            return Rule.PUBLIC;
        }
        if (role == null) {
            return Rule.SIGN_IN_FIRST;
        }
        return allowed.contains(role) ? Rule.ALLOWED : Rule.FORBIDDEN;
    }

    /** The pages and their roles (empty: public), for the documentation and the tests. */
    public static Map<String, Set<Role>> pages() {
        return PAGES;
    }

    /**
     * The page a path names, or {@code null} for what is not a page (resources, the API, the welcome path is
     * {@code /index}).
     */
    static String pageOf(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return "/index";
        }
        if (path.startsWith("/api/") || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.startsWith("/WEB-INF/")) {
            return null;
        }
        String page = path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
        if (page.length() > 1 && page.endsWith("/")) {
            page = page.substring(0, page.length() - 1);
        }
        return page;
    }
}
