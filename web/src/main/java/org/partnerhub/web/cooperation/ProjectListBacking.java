package org.partnerhub.web.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnerhub.application.cooperation.ProjectService;
import org.partnerhub.application.cooperation.ProjectView;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.web.security.RequestActor;

/** My projects ({@code /projects}) and the public showcase cases ({@code /showcase}). */
@Named
@RequestScoped
public class ProjectListBacking {

    @Inject
    ProjectService projects;

    @Inject
    RequestActor actor;

    private Page<ProjectView> mine;
    private Page<ProjectView> showcase;

    public Page<ProjectView> getMine() {
        if (mine == null) {
            mine = projects.list(actor.get(), null, PageRequest.first(100));
        }
        return mine;
    }

    public Page<ProjectView> getShowcase() {
        if (showcase == null) {
            showcase = projects.showcase(actor.get(), PageRequest.first(100));
        }
        return showcase;
    }
}
