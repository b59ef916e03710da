package org.partnerhub.web.partner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.partnerhub.application.partner.PartnerService;
import org.partnerhub.application.partner.PartnerView;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.partner.PartnerQuery;
import org.partnerhub.domain.partner.PartnerType;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.faces.LanguageBean;

/** The public resource library ({@code /partners}): active partners, filtered and paged by a bookmarkable GET. */
@Named
@RequestScoped
public class DirectoryBacking {

    private static final int PAGE_SIZE = 12;

    @Inject
    PartnerService partners;

    @Inject
    LanguageBean lang;

    private String type;
    private String region;
    private String category;
    private String q;
    private int page;
    private Page<PartnerView> result;

    public void load() {
        try {
            CategoryCode categoryCode = null;
            if (category != null && !category.isBlank()) {
                try {
                    categoryCode = CategoryCode.of(category);
                } catch (InvalidValueException e) {
                    categoryCode = null;
                }
            }
            String path = region == null || region.isBlank() ? null : partners.regionPath(region, "region");
            result = partners.directory(new PartnerQuery(Enums.find(PartnerType.class, type), path, categoryCode,
                    q == null || q.isBlank() ? null : q.strip(), true), new PageRequest(Math.max(0, page), PAGE_SIZE));
        } catch (BusinessException e) {
            Forms.report(e, "filters");
            result = Page.of(List.of(), PageRequest.first(PAGE_SIZE), 0);
        }
    }

    /** A name in the page's language. */
    public String name(CodedName named) {
        return lang.isEnglish() && named.nameEn() != null ? named.nameEn() : named.nameZh();
    }

    public Page<PartnerView> getResult() {
        return result;
    }

    public boolean isHasPrevious() {
        return result != null && result.page() > 0;
    }

    public boolean isHasNext() {
        return result != null && (long) (result.page() + 1) * result.size() < result.total();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
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

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
