package org.partnerhub.web.partner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.partnerhub.application.partner.ApplicationSummary;
import org.partnerhub.application.partner.OnboardingService;
import org.partnerhub.application.partner.PartnerService;
import org.partnerhub.domain.partner.ApplicationQuery;
import org.partnerhub.domain.partner.ApplicationStatus;
import org.partnerhub.domain.partner.PartnerType;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.ApiTime;

/** The review queue ({@code /admin/applications}): filters by status, type, region and submission days. */
@Named
@RequestScoped
public class ApplicationQueueBacking {

    @Inject
    OnboardingService onboarding;

    @Inject
    PartnerService partners;

    @Inject
    RequestActor actor;

    private String status = "SUBMITTED";
    private String type;
    private String region;
    private String from;
    private String to;
    private int page;
    private Page<ApplicationSummary> result;

    public void load() {
        try {
            ApplicationQuery query = new ApplicationQuery(Enums.find(ApplicationStatus.class, blank(status)),
                    Enums.find(PartnerType.class, blank(type)),
                    blank(region) == null ? null : partners.regionPath(region, "region"), day(from, 0), day(to, 1));
            result = onboarding.queue(actor.get(), query, new PageRequest(Math.max(0, page), 20));
        } catch (BusinessException e) {
            Forms.report(e, "filters");
            result = Page.of(java.util.List.of(), PageRequest.first(20), 0);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static java.time.Instant day(String raw, int plus) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip()).plusDays(plus).atStartOfDay(ApiTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            Forms.error("audit.badDate", raw);
            return null;
        }
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public Page<ApplicationSummary> getResult() {
        return result;
    }

    public boolean isHasPrevious() {
        return result != null && result.page() > 0;
    }

    public boolean isHasNext() {
        return result != null && (long) (result.page() + 1) * result.size() < result.total();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
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
