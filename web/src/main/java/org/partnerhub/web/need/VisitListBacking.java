package org.partnerhub.web.need;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.partnerhub.application.need.VisitService;
import org.partnerhub.application.need.VisitView;
import org.partnerhub.domain.need.VisitFormat;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/**
 * The community visits the signed-in reader may see ({@code /visits}): staff their region's, a partner its own, the
 * district and auditors all; filtered by region, format and dates.
 */
@Named
@RequestScoped
public class VisitListBacking {

    private static final int PAGE_SIZE = 12;

    @Inject
    VisitService visits;

    @Inject
    RequestActor actor;

    private String region;
    private String format;
    private String from;
    private String to;
    private int page;
    private Page<VisitView> result;

    public void load() {
        ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                .setHeader("Cache-Control", "no-store");
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        try {
            result = visits.list(actor.get(), region == null || region.isBlank() ? null : region.strip(),
                    Enums.find(VisitFormat.class, format), fromDay, toDay, new PageRequest(Math.max(0, page), PAGE_SIZE));
        } catch (BusinessException e) {
            Forms.report(e, "filters");
            result = Page.of(List.of(), PageRequest.first(PAGE_SIZE), 0);
        }
    }

    private static LocalDate day(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            Forms.error("common.badDate", raw);
            return null;
        }
    }

    public Page<VisitView> getResult() {
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

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
