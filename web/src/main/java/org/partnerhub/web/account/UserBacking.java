package org.partnerhub.web.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import org.partnerhub.application.account.AccountService;
import org.partnerhub.application.account.UserChange;
import org.partnerhub.application.account.UserView;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/**
 * One account ({@code /admin/user?id=…}): its details with the full phone number (reading it is audited, once per
 * visit), the form to change name, role and scope, and the buttons to disable, enable or reset the password.
 */
@Named
@ViewScoped
public class UserBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient RequestActor actor;

    private String id;
    private UserView user;
    private boolean notFound;
    private String displayName;
    private Role role;
    private String regionCode;
    private Long partnerId;
    private String phone;
    private String temporaryPassword;

    public void load() {
        if (user != null) {
            return;
        }
        try {
            user = accounts.get(actor.get(), Long.valueOf(id));
        } catch (NumberFormatException | NotFoundException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        noStore();
        fill();
    }

    private void fill() {
        displayName = user.displayName();
        role = user.role();
        regionCode = user.regionCode();
        partnerId = user.partnerId();
        phone = user.phone();
    }

    public void save() {
        try {
            UserView changed = accounts.change(actor.get(), user.id(), user.version(),
                    new UserChange(displayName, role, regionCode, partnerId, phone));
            keep(changed);
            Forms.info("user.saved");
        } catch (BusinessException e) {
            Forms.report(e, "edit");
        }
    }

    /** Disables an enabled account; enables a disabled one or lifts the lock of a locked one. */
    public void toggleEnabled() {
        try {
            boolean enable = !user.enabled() || user.locked();
            keep(accounts.setEnabled(actor.get(), user.id(), enable));
            Forms.info(enable ? "user.enabledNow" : "user.disabledNow");
        } catch (BusinessException e) {
            Forms.report(e, "state");
        }
    }

    public void resetPassword() {
        try {
            temporaryPassword = accounts.resetPassword(actor.get(), user.id());
            noStore();
        } catch (BusinessException e) {
            Forms.report(e, "state");
        }
    }

    /**
     * Keeps the answer of a change (whose phone is masked) with the number already shown: the full number is read
     * once per visit, and so audited once.
     */
    private void keep(UserView changed) {
        String shown = user.phone();
        user = new UserView(changed.id(), changed.username(), changed.displayName(), changed.role(), changed.regionCode(),
                changed.partnerId(), changed.phone() == null ? null : (phone != null ? phone : shown), true,
                changed.enabled(), changed.locked(), changed.mustChangePassword(), changed.lastLoginAt(),
                changed.createdAt(), changed.version(), changed.email(), changed.language(), changed.mailKinds());
        fill();
    }

    private static void noStore() {
        ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                .setHeader("Cache-Control", "no-store");
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public UserView getUser() {
        return user;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
