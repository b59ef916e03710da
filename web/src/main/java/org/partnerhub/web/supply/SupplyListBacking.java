package org.partnerhub.web.supply;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.partnerhub.application.supply.SupplyFilter;
import org.partnerhub.application.supply.SupplyImportService;
import org.partnerhub.application.supply.SupplyService;
import org.partnerhub.application.supply.SupplyView;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.domain.supply.SupplyStatus;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.faces.QueryString;
import org.partnerhub.web.security.RequestActor;

/**
 * The supply catalogue ({@code /supplies}): published items of active partners for everyone, filtered and paged by a
 * bookmarkable GET; {@code ?mine=true} is a partner's own items in every status ("my supply items"), and
 * {@code ?partner=} one partner's published items (linked from its public page).
 */
@Named
@RequestScoped
public class SupplyListBacking {

    private static final int PAGE_SIZE = 12;

    @Inject
    SupplyService supplies;

    @Inject
    RequestActor actor;

    @Inject
    SupplyImportService imports;

    private String region;
    private String category;
    private String fundingMode;
    private String targetGroup;
    private String status;
    private String partner;
    private String q;
    private boolean mine;
    private int page;
    private Page<SupplyView> result;

    public void load() {
        Long partnerId = null;
        if (mine && isPartnerUser()) {
            partnerId = actor.get().partnerId();
        } else if (partner != null && !partner.isBlank()) {
            try {
                partnerId = Long.valueOf(partner.strip());
            } catch (NumberFormatException e) {
                partnerId = -1L;
            }
        }
        try {
            result = supplies.list(actor.get(), new SupplyFilter(blankToNull(region), blankToNull(category),
                    Enums.find(FundingMode.class, fundingMode), Enums.find(TargetGroup.class, targetGroup), partnerId,
                    mine ? Enums.find(SupplyStatus.class, status) : null, blankToNull(q), null),
                    new PageRequest(Math.max(0, page), PAGE_SIZE));
        } catch (BusinessException e) {
            Forms.report(e, "filters");
            result = Page.of(List.of(), PageRequest.first(PAGE_SIZE), 0);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether the reader imports items (a partner's users into their own, the district for a partner). */
    public boolean isImporter() {
        return imports.mayImport(actor.get());
    }

    /**
     * Whether the reader exports this list: a partner's users their own list ({@code ?mine=true}), the district any
     * list.
     */
    public boolean isExporter() {
        return (mine && isPartnerUser()) || imports.choosesPartner(actor.get());
    }

    /**
     * The current filters as the export's query parameters (each prefixed by "&amp;"), so that the export holds exactly
     * what the list shows, all pages of it (a partner's own list: the export is always its own).
     */
    public String getExportQuery() {
        return QueryString.of("region", region, "category", category, "fundingMode", fundingMode, "targetGroup",
                targetGroup, "status", mine ? status : null, "partner", mine ? null : partner, "q", q);
    }

    /** A partner's user: it creates items and has its own list. */
    public boolean isPartnerUser() {
        return actor.get().is(Role.PARTNER) && actor.get().partnerId() != null;
    }

    public Page<SupplyView> getResult() {
        return result;
    }

    public boolean isHasPrevious() {
        return result != null && result.page() > 0;
    }

    public boolean isHasNext() {
        return result != null && (long) (result.page() + 1) * result.size() < result.total();
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getFundingMode() {
        return fundingMode;
    }

    public void setFundingMode(String fundingMode) {
        this.fundingMode = fundingMode;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
