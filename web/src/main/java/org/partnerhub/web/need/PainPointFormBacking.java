package org.partnerhub.web.need;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.partnerhub.application.need.PainPointForm;
import org.partnerhub.application.need.PainPointService;
import org.partnerhub.application.need.PainPointView;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.StaleEditException;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/**
 * A street's staff publish a governance pain point or edit one ({@code /pain-point/edit}, with {@code ?id=} for an
 * edit). The form keeps what was typed and the version it read, like the need form.
 */
@Named
@ViewScoped
public class PainPointFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "painPoint";

    @Inject
    transient PainPointService points;

    @Inject
    transient RequestActor actor;

    private String id;
    private boolean loaded;
    private boolean notFound;
    private boolean refused;
    private boolean stale;
    private PainPointView point;
    private long version;
    private String streetCode;
    private String categoryCode;
    private String title;
    private String description;
    private boolean publish;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletResponse) external.getResponse()).setHeader("Cache-Control", "no-store");
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            point = points.get(actor.get(), Long.valueOf(id.strip()));
        } catch (NumberFormatException | NotFoundException e) {
            notFound = true;
            external.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!point.editable()) {
            refused = true;
            external.setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        version = point.version();
        streetCode = point.street().code();
        categoryCode = point.category().code();
        title = point.title();
        description = point.description();
    }

    public void save() throws IOException {
        stale = false;
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            PainPointView saved;
            if (point == null) {
                saved = points.create(actor.get(), new PainPointForm(streetCode, categoryCode, title, description, publish));
                Forms.flash("painPoint.created");
            } else {
                saved = points.edit(actor.get(), point.id(), version,
                        new PainPointForm(point.street().code(), categoryCode, title, description, false));
                Forms.flash("painPoint.saved");
            }
            external.redirect(external.getRequestContextPath() + "/pain-point?id=" + saved.id());
        } catch (StaleEditException e) {
            stale = true;
            Forms.report(e, FORM);
        } catch (BusinessException e) {
            Forms.report(e, FORM);
        }
    }

    public boolean isShowForm() {
        return !notFound && !refused;
    }

    public boolean isEditing() {
        return point != null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isRefused() {
        return refused;
    }

    public boolean isStale() {
        return stale;
    }

    public PainPointView getPoint() {
        return point;
    }

    public String getStreetCode() {
        return streetCode;
    }

    public void setStreetCode(String streetCode) {
        this.streetCode = streetCode;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }
}
