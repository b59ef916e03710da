package org.partnerhub.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnerhub.application.region.RegionService;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.web.faces.LanguageBean;
import org.partnerhub.web.security.RequestActor;

/** The signed-in user's own page: who they are to the platform, and where. */
@Named
@RequestScoped
public class AccountBacking {

    @Inject
    RequestActor actor;

    @Inject
    RegionService regions;

    @Inject
    LanguageBean lang;

    public Actor getMe() {
        return actor.get();
    }

    public String getRegionName() {
        Actor me = actor.get();
        return me.regionCode() == null ? null : regions.get(me.regionCode()).name(lang.isEnglish());
    }
}
