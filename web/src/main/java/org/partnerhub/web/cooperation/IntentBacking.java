package org.partnerhub.web.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.partnerhub.application.cooperation.IntentService;
import org.partnerhub.application.cooperation.IntentView;
import org.partnerhub.domain.cooperation.IntentAction;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/**
 * One intent ({@code /intent?id=…}): both sides, the thread of notes, the history, and the buttons of the moves the
 * reader may make now. The forms post the id back (request-scoped).
 */
@Named
@RequestScoped
public class IntentBacking {

    @Inject
    IntentService intents;

    @Inject
    RequestActor actor;

    private String id;
    private IntentView intent;
    private boolean notFound;
    private String note;
    private String text;

    /** Reads the intent; a missing one, or one of others, shows the notice (the page itself is the reader's). */
    public void load() {
        if (intent() != null) {
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setHeader("Cache-Control", "no-store");
        }
    }

    private IntentView intent() {
        if (intent != null || notFound) {
            return intent;
        }
        try {
            intent = intents.get(actor.get(), Long.valueOf(id()));
        } catch (NumberFormatException | NotFoundException | ForbiddenException e) {
            notFound = true;
        }
        return intent;
    }

    public void accept() {
        move(IntentAction.ACCEPT);
    }

    public void decline() {
        move(IntentAction.DECLINE);
    }

    public void agree() {
        move(IntentAction.AGREE);
    }

    public void withdraw() {
        move(IntentAction.WITHDRAW);
    }

    private void move(IntentAction action) {
        if (intent() == null) {
            return;
        }
        try {
            intent = intents.transition(actor.get(), intent.id(), action, note);
            note = null;
            Forms.info("intent.moved." + action.name());
        } catch (BusinessException e) {
            Forms.report(e, "move");
        }
    }

    public void addNote() {
        if (intent() == null) {
            return;
        }
        try {
            intents.addNote(actor.get(), intent.id(), text);
            intent = intents.get(actor.get(), intent.id());
            text = null;
            Forms.info("intent.noteAdded");
        } catch (BusinessException e) {
            Forms.report(e, "thread");
        }
    }

    public boolean has(String action) {
        return intent() != null && intent.allowedActions().contains(IntentAction.valueOf(action));
    }

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

    public IntentView getIntent() {
        return intent();
    }

    public boolean isNotFound() {
        intent();
        return notFound;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
