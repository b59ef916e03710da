package org.partnerhub.web.need;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.partnerhub.application.need.NeedService;
import org.partnerhub.application.need.NeedView;
import org.partnerhub.application.need.SimilarNeed;
import org.partnerhub.application.need.TraceEntry;
import org.partnerhub.domain.need.NeedAction;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.NotAuthenticatedException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/**
 * One need ({@code /need?id=…}): everything it says, where it came from, its status; for its owners the moves allowed
 * now (publish, close with a reason, reopen), the possible duplicates with a merge, and for everyone who reads it
 * beyond the public view its history, field by field. Right after recording, the duplicates the service found are
 * shown at the top.
 *
 * <p>Request-scoped, so that the public reads the page without a session: a signed-in reader's form posts back with
 * the id kept by the view parameter, and the need is read again before any act on it.
 */
@Named
@RequestScoped
public class NeedBacking {

    /** The flash entry with the possible duplicates of a need just recorded. */
    static final String RECORDED_DUPLICATES = "need.recordedDuplicates";

    @Inject
    NeedService needs;

    @Inject
    RequestActor actor;

    private String id;
    private NeedView need;
    private List<SimilarNeed> similar = List.of();
    private List<TraceEntry> history = List.of();
    private boolean justRecorded;
    private boolean notFound;
    private String reason;
    private Long into;
    private String mergeReason;

    /** The view action: the need, or a 404 page that says it was not found. */
    public void load() {
        if (need() == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (need.recordedBy() != null) {
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setHeader("Cache-Control", "no-store");
        }
    }

    /** The need of this request, read once (also on a postback, before the form's values are checked). */
    @SuppressWarnings("unchecked")
    private NeedView need() {
        if (need != null || notFound) {
            return need;
        }
        try {
            need = needs.get(actor.get(), Long.valueOf(id()));
        } catch (NumberFormatException | NotFoundException e) {
            notFound = true;
            return null;
        }
        // only a signed-in recorder can have been sent here with duplicates; the public's reading touches no flash
        Object recorded = actor.get().isAuthenticated()
                ? FacesContext.getCurrentInstance().getExternalContext().getFlash().get(RECORDED_DUPLICATES) : null;
        if (recorded instanceof List<?> list) {
            justRecorded = true;
            similar = (List<SimilarNeed>) list;
        } else {
            similar = needs.similar(actor.get(), need.id());
        }
        loadHistory();
        return need;
    }

    /**
     * The history, for those who read the need beyond the public view (the view then names the recorder); the
     * service is not asked for others, so that the public's reading is not recorded as a refusal.
     */
    private void loadHistory() {
        history = List.of();
        if (need.recordedBy() != null) {
            try {
                history = needs.history(actor.get(), need.id());
            } catch (ForbiddenException | NotAuthenticatedException e) {
                history = List.of();
            }
        }
    }

    public void publish() {
        move(NeedAction.PUBLISH);
    }

    public void close() {
        move(NeedAction.CLOSE);
    }

    public void reopen() {
        move(NeedAction.REOPEN);
    }

    private void move(NeedAction action) {
        if (need() == null) {
            return;
        }
        try {
            need = needs.transition(actor.get(), need.id(), action, action == NeedAction.CLOSE ? reason : null);
            refresh();
            Forms.info("need.moved." + action.name());
            reason = null;
        } catch (BusinessException e) {
            Forms.report(e, "move");
        }
    }

    public void merge() {
        if (need() == null) {
            return;
        }
        try {
            need = needs.merge(actor.get(), need.id(), into, mergeReason);
            refresh();
            Forms.info("need.merged", String.valueOf(need.mergedIntoId()));
            into = null;
            mergeReason = null;
        } catch (BusinessException e) {
            Forms.report(e, "merge");
        }
    }

    private void refresh() {
        justRecorded = false;
        similar = needs.similar(actor.get(), need.id());
        loadHistory();
    }

    public boolean has(String action) {
        return need() != null && need.allowedActions().contains(NeedAction.valueOf(action));
    }

    /** Owners may merge an open need into one of its possible duplicates. */
    public boolean isMayMerge() {
        return need() != null && NeedPages.staff(actor.get()) && need.allowedActions().contains(NeedAction.CLOSE)
                && !similar.isEmpty();
    }

    /**
     * The id: from the view parameter, or, while a postback is still being decoded (before view parameters reach the
     * bean), from the form's own hidden {@code id} field.
     */
    private String id() {
        return id != null ? id
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public NeedView getNeed() {
        return need();
    }

    public List<SimilarNeed> getSimilar() {
        need();
        return similar;
    }

    public List<TraceEntry> getHistory() {
        need();
        return history;
    }

    public boolean isJustRecorded() {
        need();
        return justRecorded;
    }

    public boolean isNotFound() {
        need();
        return notFound;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getInto() {
        return into;
    }

    public void setInto(Long into) {
        this.into = into;
    }

    public String getMergeReason() {
        return mergeReason;
    }

    public void setMergeReason(String mergeReason) {
        this.mergeReason = mergeReason;
    }
}
