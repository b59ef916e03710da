package org.partnerhub.web.need;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.web.security.RequestActor;

/**
 * Which of the need context's pages and links a signed-in person gets ({@code #{needPages.…}}); the same roles as
 * {@code PageAccess} gives these pages. Integrators act through the API only, so no page offers them a form.
 */
@Named("needPages")
@RequestScoped
public class NeedPages {

    @Inject
    RequestActor actor;

    /** Community and street staff, and partners: they record visits and needs. */
    static boolean recorder(Actor actor) {
        return staff(actor) || actor.is(Role.PARTNER);
    }

    /** Community and street staff: they own their region's needs. */
    static boolean staff(Actor actor) {
        return actor.is(Role.COMMUNITY_STAFF) || actor.is(Role.STREET_STAFF);
    }

    public boolean isRecorder() {
        return recorder(actor.get());
    }

    public boolean isStaff() {
        return staff(actor.get());
    }

    /** Street staff: they keep their street's pain points. */
    public boolean isStreet() {
        return actor.get().is(Role.STREET_STAFF);
    }

    /** Whoever reads visits: every signed-in person but systems. */
    public boolean isVisitReader() {
        return actor.get().isAuthenticated() && !actor.get().is(Role.INTEGRATOR);
    }

    /** Those who import needs from spreadsheets on the pages: community and street staff, district administrators. */
    static boolean importer(Actor actor) {
        return staff(actor) || actor.is(Role.DISTRICT_ADMIN);
    }

    public boolean isImporter() {
        return importer(actor.get());
    }

    /** Those who export the lists: staff and district administrators (integrators use the API). */
    public boolean isExporter() {
        return staff(actor.get()) || actor.get().is(Role.DISTRICT_ADMIN);
    }

    /** District administrators and street staff: they set the communities' funds. */
    public boolean isFundKeeper() {
        return actor.get().is(Role.DISTRICT_ADMIN) || actor.get().is(Role.STREET_STAFF);
    }
}
