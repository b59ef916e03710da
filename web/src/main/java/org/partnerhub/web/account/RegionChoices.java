package org.partnerhub.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.partnerhub.application.region.RegionService;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionQuery;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.web.faces.LanguageBean;
import org.partnerhub.web.security.RequestActor;

/** The regions an administrator may bind an account to: their own district and everything below it, in tree order. */
@Named
@RequestScoped
public class RegionChoices {

    /** One option: the code, and the name indented by its depth. */
    public record Choice(String code, String label) {}

    @Inject
    RegionService regions;

    @Inject
    RequestActor actor;

    @Inject
    LanguageBean lang;

    private List<Choice> choices;

    public List<Choice> getChoices() {
        if (choices == null) {
            var me = actor.get();
            if (me.regionCode() == null) {
                choices = List.of();
                return choices;
            }
            List<Region> within = regions.find(new RegionQuery(null, null, me.regionCode(), null, null),
                    PageRequest.first(PageRequest.MAX_SIZE)).items();
            int top = me.regionPath().split("/").length;
            choices = within.stream()
                    .sorted((a, b) -> a.getPath().compareTo(b.getPath()))
                    .map(r -> new Choice(r.getCode().value(),
                            "\u3000".repeat(Math.max(0, r.getPath().split("/").length - top)) + r.name(lang.isEnglish())))
                    .toList();
        }
        return choices;
    }
}
