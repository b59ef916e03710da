package org.partnerhub.domain.need;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.Money;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.RuleViolationException;

/**
 * A community's fund for one year (社区保障资金), set by the district or the street. The budgets of the community's
 * needs of that year are earmarked from it and may never add up to more than it; cooperation draws on the earmarks.
 */
@Entity
@Table(name = "community_fund")
public class CommunityFund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "community_code", nullable = false, length = RegionCode.MAX_LENGTH, updatable = false)
    private RegionCode communityCode;

    @Column(name = "region_path", nullable = false, length = 255, updatable = false)
    private String regionPath;

    @Column(name = "fund_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    /** What agreed cooperations have drawn of the amount (never more than the amount). */
    @Column(name = "drawn_fen", nullable = false)
    private long drawnFen;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CommunityFund() {
        // for JPA
    }

    public CommunityFund(RegionCode community, String communityPath, int year, String setBy, Instant now) {
        this.communityCode = Objects.requireNonNull(community, "community");
        this.regionPath = Objects.requireNonNull(communityPath, "communityPath");
        this.year = year;
        this.updatedBy = setBy;
        this.updatedAt = now;
    }

    /** Sets the amount; it may not fall below what the community's needs already hold. */
    public void setAmount(long fen, long earmarked, String setBy, Instant now) {
        if (fen < 0 || fen > Money.MAX_FEN) {
            throw new RuleViolationException(Message.of("money.range", Money.yuan(Money.MAX_FEN)));
        }
        long held = Math.max(earmarked, drawnFen);
        if (fen < held) {
            throw new RuleViolationException(Message.of("fund.belowEarmarks", Money.yuan(held)));
        }
        amountFen = fen;
        updatedBy = setBy;
        updatedAt = now;
    }

    /**
     * Checks that {@code wanted} more fen fit beside what is already earmarked; the refusal says how much is left.
     * The caller holds this fund locked, so two needs cannot both take the last part.
     */
    public void checkEarmark(long earmarkedByOthers, long wanted) {
        if (wanted <= 0) {
            return;
        }
        long left = Math.max(0, amountFen - earmarkedByOthers);
        if (wanted > left) {
            throw new RuleViolationException(Message.of("fund.exceeded", String.valueOf(year), Money.yuan(left), Money.yuan(wanted)));
        }
    }

    /**
     * An agreed cooperation draws a need's budget from the fund; refused (409) when the fund would be overdrawn. The
     * caller holds this fund locked.
     */
    public void draw(long fen) {
        if (fen <= 0) {
            return;
        }
        if (drawnFen + fen > amountFen) {
            throw new ConflictException(Message.of("fund.overdrawn", String.valueOf(year),
                    Money.yuan(Math.max(0, amountFen - drawnFen)), Money.yuan(fen)));
        }
        drawnFen += fen;
    }

    /** A cancelled cooperation gives back what it drew. */
    public void giveBack(long fen) {
        drawnFen = Math.max(0, drawnFen - Math.max(0, fen));
    }

    public long getDrawnFen() {
        return drawnFen;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public RegionCode getCommunityCode() {
        return communityCode;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public int getYear() {
        return year;
    }

    public long getAmountFen() {
        return amountFen;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
