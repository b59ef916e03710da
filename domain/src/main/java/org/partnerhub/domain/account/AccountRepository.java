package org.partnerhub.domain.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** Accounts, their password history and their API tokens. */
public interface AccountRepository {

    Optional<UserAccount> findById(Long id);

    Optional<UserAccount> findByUsername(Username username);

    /** The account, locked against concurrent sign-ins until the transaction ends (failure counts stay exact). */
    Optional<UserAccount> findByUsernameForUpdate(Username username);

    Optional<UserAccount> findByIdForUpdate(Long id);

    Page<UserAccount> find(UserQuery query, PageRequest page);

    boolean anyWithRole(Role role);

    /** The ids of the enabled accounts with a role (whom a notification for that role reaches). */
    List<Long> enabledIdsWithRole(Role role);

    /** The ids of the enabled accounts of a partner's users (role PARTNER): whom a notice to the partner reaches. */
    List<Long> enabledPartnerUserIds(Long partnerId);

    /** The ids of the enabled accounts with one of these roles whose region is one of these (e.g. a need's staff). */
    List<Long> enabledIdsInRegions(Collection<Role> roles, Collection<RegionCode> regions);

    /**
     * The ids of the enabled community and street staff whose region holds the community of {@code communityPath}
     * (their region's path is a prefix of it).
     */
    List<Long> enabledStaffOver(String communityPath);

    void add(UserAccount user);

    /** The most recent password hashes of a user, newest first. */
    List<String> recentPasswordHashes(Long userId, int count);

    void addPasswordHistory(PasswordHistoryEntry entry);

    void addToken(ApiToken token);

    Optional<ApiToken> findToken(Long id);

    Optional<ApiToken> findTokenByHash(String tokenHash);

    /** A token and the account it belongs to, read together: every API call with a token asks. */
    Optional<HeldToken> findTokenWithHolder(String tokenHash);

    /** A token and its account. */
    record HeldToken(ApiToken token, UserAccount holder) {}

    /** Tokens, newest first; {@code userId} null means everyone's. */
    Page<ApiToken> findTokens(Long userId, PageRequest page);
}
