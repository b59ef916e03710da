package org.partnerhub.web.need;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.partnerhub.application.need.PainPointService;
import org.partnerhub.application.need.PainPointView;
import org.partnerhub.domain.need.PainPointStatus;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/**
 * The streets' governance pain points ({@code /pain-points}): published and resolved ones for everyone, the street's
 * drafts and closed ones for its staff, the district and auditors; filtered by region, category, status and text.
 */
@Named
@RequestScoped
public class PainPointListBacking {

    private static final int PAGE_SIZE = 12;

    @Inject
    PainPointService points;

    @Inject
    RequestActor actor;

    private String region;
    private String category;
    private String status;
    private String q;
    private int page;
    private Page<PainPointView> result;

    public void load() {
        try {
            result = points.list(actor.get(), blankToNull(region), blankToNull(category),
                    Enums.find(PainPointStatus.class, status), blankToNull(q), null,
                    new PageRequest(Math.max(0, page), PAGE_SIZE));
        } catch (BusinessException e) {
            Forms.report(e, "filters");
            result = Page.of(List.of(), PageRequest.first(PAGE_SIZE), 0);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Page<PainPointView> getResult() {
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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
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
