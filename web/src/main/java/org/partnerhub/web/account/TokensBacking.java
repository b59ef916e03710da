package org.partnerhub.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnerhub.application.account.TokenService;
import org.partnerhub.application.account.TokenView;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/** The API tokens of every account, newest first, with a revoke button on each active one. */
@Named
@RequestScoped
public class TokensBacking {

    @Inject
    TokenService tokens;

    @Inject
    RequestActor actor;

    private int page;
    private Page<TokenView> result;

    public void load() {
        result = tokens.list(actor.get(), new PageRequest(Math.max(0, page), 50));
    }

    public void revoke(Long id) {
        try {
            tokens.revoke(actor.get(), id);
            Forms.info("tokens.revoked");
        } catch (BusinessException e) {
            Forms.report(e, "tokens");
        }
        load();
    }

    public Page<TokenView> getResult() {
        if (result == null) {
            load();
        }
        return result;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
