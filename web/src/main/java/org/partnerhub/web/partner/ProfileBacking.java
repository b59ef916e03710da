package org.partnerhub.web.partner;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.application.partner.ApplicationView;
import org.partnerhub.application.partner.PartnerHistoryLine;
import org.partnerhub.application.partner.PartnerService;
import org.partnerhub.application.partner.PartnerView;
import org.partnerhub.application.partner.ProfileChange;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.partner.PartnerStatus;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/**
 * The partner's own profile ({@code /partner/profile}): contact, introduction, regions and categories (each change
 * kept in the history), a request to change the name or credit code (reviewed by the district), and withdrawal.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnerService partners;

    @Inject
    transient RequestActor actor;

    private PartnerView partner;
    private List<PartnerHistoryLine> history = List.of();
    private String contactName;
    private String contactPhone;
    private String introduction;
    private List<String> serviceRegionCodes = new ArrayList<>();
    private List<String> categoryCodes = new ArrayList<>();
    private String newName;
    private String newCreditCode;
    private String withdrawReason;

    public void load() {
        if (partner == null) {
            refresh(partners.get(actor.get(), actor.get().partnerId()));
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setHeader("Cache-Control", "no-store");
        }
    }

    private void refresh(PartnerView view) {
        partner = view;
        history = partners.history(actor.get(), view.id());
        contactName = view.contactName();
        contactPhone = view.contactPhone();
        introduction = view.introduction();
        serviceRegionCodes = new ArrayList<>(view.serviceRegions().stream().map(CodedName::code).toList());
        categoryCodes = new ArrayList<>(view.categories().stream().map(CodedName::code).toList());
    }

    public void save() {
        try {
            refresh(partners.editProfile(actor.get(), partner.id(), partner.version(), new ProfileChange(contactName,
                    contactPhone, introduction, serviceRegionCodes, categoryCodes)));
            Forms.info("profile.saved");
        } catch (BusinessException e) {
            Forms.report(e, "profile");
        }
    }

    public void requestIdentityChange() {
        try {
            String number = partners.requestIdentityChange(actor.get(), partner.id(), newName, newCreditCode);
            Forms.info("profile.identityRequested", number);
            newName = null;
            newCreditCode = null;
        } catch (BusinessException e) {
            Forms.report(e, "identity");
        }
    }

    public void withdraw() {
        try {
            refresh(partners.transition(actor.get(), partner.id(), PartnerStatus.Action.WITHDRAW, withdrawReason));
            Forms.info("profile.withdrawn");
        } catch (BusinessException e) {
            Forms.report(e, "withdraw");
        }
    }

    public PartnerView getPartner() {
        return partner;
    }

    public List<PartnerHistoryLine> getHistory() {
        return history;
    }

    public boolean isCanWithdraw() {
        return partner != null && partner.allowedActions().contains(PartnerStatus.Action.WITHDRAW);
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public List<String> getServiceRegionCodes() {
        return serviceRegionCodes;
    }

    public void setServiceRegionCodes(List<String> serviceRegionCodes) {
        this.serviceRegionCodes = serviceRegionCodes == null ? new ArrayList<>() : new ArrayList<>(serviceRegionCodes);
    }

    public List<String> getCategoryCodes() {
        return categoryCodes;
    }

    public void setCategoryCodes(List<String> categoryCodes) {
        this.categoryCodes = categoryCodes == null ? new ArrayList<>() : new ArrayList<>(categoryCodes);
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewCreditCode() {
        return newCreditCode;
    }

    public void setNewCreditCode(String newCreditCode) {
        this.newCreditCode = newCreditCode;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}
