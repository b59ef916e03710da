package org.partnerhub.web.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnerhub.application.cooperation.IntentService;
import org.partnerhub.application.cooperation.IntentView;
import org.partnerhub.application.need.NeedService;
import org.partnerhub.application.need.NeedView;
import org.partnerhub.application.supply.SupplyService;
import org.partnerhub.application.supply.SupplyView;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/**
 * Proposing an intent ({@code /intent/new?need=…&supply=…}): the need and the item named, a first note, and the
 * proposal; the need and supply pages link here.
 */
@Named
@RequestScoped
public class IntentNewBacking {

    @Inject
    IntentService intents;

    @Inject
    NeedService needs;

    @Inject
    SupplyService supplies;

    @Inject
    RequestActor actor;

    private String need;
    private String supply;
    private String note;
    private NeedView needView;
    private SupplyView supplyView;
    private boolean loaded;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            needView = needs.get(actor.get(), Long.valueOf(need));
        } catch (NumberFormatException | BusinessException e) {
            needView = null;
        }
        try {
            supplyView = supplies.get(actor.get(), Long.valueOf(supply));
        } catch (NumberFormatException | BusinessException e) {
            supplyView = null;
        }
    }

    public String propose() {
        try {
            IntentView proposed = intents.propose(actor.get(), parse(need), parse(supply), note);
            Forms.flash("intent.proposed");
            return "/intent?faces-redirect=true&id=" + proposed.id();
        } catch (BusinessException e) {
            Forms.report(e, "propose");
            return null;
        }
    }

    private static Long parse(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public NeedView getNeedView() {
        load();
        return needView;
    }

    public SupplyView getSupplyView() {
        load();
        return supplyView;
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }

    public String getSupply() {
        return supply;
    }

    public void setSupply(String supply) {
        this.supply = supply;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
