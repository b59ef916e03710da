package org.partnerhub.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.partnerhub.application.account.AccountService;
import org.partnerhub.application.account.CreatedUser;
import org.partnerhub.application.account.NewUser;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/** Creating an account; the generated temporary password is shown once, on the answer page. */
@Named
@RequestScoped
public class UserNewBacking {

    @Inject
    AccountService accounts;

    @Inject
    RequestActor actor;

    private String username;
    private String displayName;
    private Role role;
    private String regionCode;
    private Long partnerId;
    private String phone;
    private CreatedUser created;

    public void create() {
        try {
            created = accounts.create(actor.get(), new NewUser(username, displayName, role, regionCode, partnerId, phone));
            // a page that shows a password must not be kept by any cache
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setHeader("Cache-Control", "no-store");
        } catch (BusinessException e) {
            Forms.report(e, "user");
        }
    }

    public CreatedUser getCreated() {
        return created;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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
