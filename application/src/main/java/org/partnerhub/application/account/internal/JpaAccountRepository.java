package org.partnerhub.application.account.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.partnerhub.application.shared.Filter;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.application.shared.Queries;
import org.partnerhub.domain.account.AccountRepository;
import org.partnerhub.domain.account.ApiToken;
import org.partnerhub.domain.account.PasswordHistoryEntry;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.account.UserAccount;
import org.partnerhub.domain.account.UserQuery;
import org.partnerhub.domain.account.Username;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

@ApplicationScoped
class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public Optional<UserAccount> findById(Long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByIdForUpdate(Long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<UserAccount> findByUsername(Username username) {
        return byUsername(username, LockModeType.NONE);
    }

    @Override
    public Optional<UserAccount> findByUsernameForUpdate(Username username) {
        return byUsername(username, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<UserAccount> byUsername(Username username, LockModeType lock) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name", UserAccount.class)
                .setParameter("name", username.value())
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<UserAccount> find(UserQuery query, PageRequest page) {
        return new Filter()
                .and("u.role = :role", "role", query.role())
                .and("u.enabled = :enabled", "enabled", query.enabled())
                .andContains("(u.username LIKE :text ESCAPE '!' OR u.displayName LIKE :text ESCAPE '!')", "text",
                        query.text())
                // a region's accounts, and the partner users, who belong to no region
                .andEach("(u.regionPath LIKE :path ESCAPE '!' OR u.role = :partnerRole)", "path",
                        query.withinPath() == null ? null : Queries.escapeLike(query.withinPath()) + "%", "partnerRole",
                        Role.PARTNER)
                .page(em, UserAccount.class, "UserAccount u", "u.username", page);
    }

    @Override
    public boolean anyWithRole(Role role) {
        return !em.createQuery("SELECT u.id FROM UserAccount u WHERE u.role = :role", Long.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<Long> enabledIdsWithRole(Role role) {
        return em.createQuery("SELECT u.id FROM UserAccount u WHERE u.role = :role AND u.enabled = TRUE ORDER BY u.id",
                        Long.class)
                .setParameter("role", role)
                .getResultList();
    }

    @Override
    public List<Long> enabledPartnerUserIds(Long partnerId) {
        return em.createQuery("SELECT u.id FROM UserAccount u WHERE u.role = :role AND u.partnerId = :partner "
                        + "AND u.enabled = TRUE ORDER BY u.id", Long.class)
                .setParameter("role", Role.PARTNER)
                .setParameter("partner", partnerId)
                .getResultList();
    }

    @Override
    public List<Long> enabledIdsInRegions(Collection<Role> roles, Collection<RegionCode> regions) {
        if (roles.isEmpty() || regions.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT u.id FROM UserAccount u WHERE u.role IN :roles AND u.regionCode IN :regions "
                        + "AND u.enabled = TRUE ORDER BY u.id", Long.class)
                .setParameter("roles", roles)
                .setParameter("regions", regions)
                .getResultList();
    }

    @Override
    public List<Long> enabledStaffOver(String communityPath) {
        // the community's own staff and its street's: their region's path is a prefix of the community's
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM user_account WHERE enabled = TRUE "
                        + "AND role IN ('COMMUNITY_STAFF', 'STREET_STAFF') AND region_path IS NOT NULL "
                        + "AND LOCATE(region_path, ?) = 1 ORDER BY id")
                .setParameter(1, communityPath)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public void add(UserAccount user) {
        em.persist(user);
        em.flush();
    }

    @Override
    public List<String> recentPasswordHashes(Long userId, int count) {
        if (count <= 0) {
            return List.of();
        }
        return em.createQuery("SELECT h.passwordHash FROM PasswordHistoryEntry h WHERE h.userId = :user "
                        + "ORDER BY h.createdAt DESC, h.id DESC", String.class)
                .setParameter("user", userId)
                .setMaxResults(count)
                .getResultList();
    }

    @Override
    public void addPasswordHistory(PasswordHistoryEntry entry) {
        em.persist(entry);
    }

    @Override
    public void addToken(ApiToken token) {
        em.persist(token);
        em.flush();
    }

    @Override
    public Optional<ApiToken> findToken(Long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public Optional<HeldToken> findTokenWithHolder(String tokenHash) {
        // one statement (a join) rather than the token and then its account
        return em.createQuery("SELECT t, u FROM ApiToken t, UserAccount u WHERE t.tokenHash = :hash AND u.id = t.userId",
                        Object[].class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst()
                .map(row -> new HeldToken((ApiToken) row[0], (UserAccount) row[1]));
    }

    @Override
    public Optional<ApiToken> findTokenByHash(String tokenHash) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<ApiToken> findTokens(Long userId, PageRequest page) {
        return new Filter()
                .and("t.userId = :user", "user", userId)
                .page(em, ApiToken.class, "ApiToken t", "t.createdAt DESC, t.id DESC", page);
    }
}
