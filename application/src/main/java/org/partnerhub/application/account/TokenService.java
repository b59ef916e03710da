package org.partnerhub.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.domain.account.AccountRepository;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.ApiToken;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** Listing and revoking API tokens: district administrators see and revoke all, everyone else their own. */
@ApplicationScoped
@Transactional
public class TokenService {

    @Inject
    AccountRepository accounts;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Page<TokenView> list(Actor actor, PageRequest page) {
        access.requireSignedIn(actor);
        Long owner = Permission.MANAGE_ALL_TOKENS.grantedTo(actor.role()) ? null : actor.userId();
        Instant now = clock.instant();
        return accounts.findTokens(owner, page).map(t -> TokenView.of(t, now));
    }

    public TokenView revoke(Actor actor, Long id) {
        access.requireSignedIn(actor);
        ApiToken token = accounts.findToken(id)
                .orElseThrow(() -> new NotFoundException(Message.of("token.notFound", id)));
        boolean own = token.getUserId().equals(actor.userId());
        if (!own && !Permission.MANAGE_ALL_TOKENS.grantedTo(actor.role())) {
            // someone else's token is, to this caller, a token that does not exist (the attempt is still audited)
            audit.record(actor, AuditAction.ACCESS_DENIED, "token", id, AuditOutcome.DENIED, "token of another account");
            throw new NotFoundException(Message.of("token.notFound", id));
        }
        Instant now = clock.instant();
        token.revoke(actor.username(), now);
        audit.record(actor, AuditAction.TOKEN_REVOKED, "token", id, AuditOutcome.SUCCESS,
                own ? null : "token of " + token.getUsername());
        return TokenView.of(token, now);
    }
}
