package org.partnerhub.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.partnerhub.application.account.AccountService;
import org.partnerhub.application.account.UserView;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.account.UserQuery;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.web.api.Enums;

/** The account list ({@code /admin/users?role=…&q=…&page=…}): a bookmarkable GET, phone numbers masked. */
@Named
@RequestScoped
public class UsersBacking {

    private static final int PAGE_SIZE = 20;

    @Inject
    AccountService accounts;

    @Inject
    org.partnerhub.web.security.RequestActor actor;

    private String role;
    private String q;
    private String enabled;
    private int page;
    private Page<UserView> result;

    public void load() {
        Role wanted = role == null || role.isBlank() ? null : Enums.find(Role.class, role);
        Boolean state = "true".equals(enabled) ? Boolean.TRUE : "false".equals(enabled) ? Boolean.FALSE : null;
        result = accounts.list(actor.get(), new UserQuery(wanted, q == null || q.isBlank() ? null : q.strip(), state, null),
                new PageRequest(Math.max(0, page), PAGE_SIZE));
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public Page<UserView> getResult() {
        return result;
    }

    public boolean isHasPrevious() {
        return result != null && result.page() > 0;
    }

    public boolean isHasNext() {
        return result != null && (long) (result.page() + 1) * result.size() < result.total();
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getEnabled() {
        return enabled;
    }

    public void setEnabled(String enabled) {
        this.enabled = enabled;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
