package org.partnerhub.web.need;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.partnerhub.application.need.NeedFilter;
import org.partnerhub.application.need.NeedService;
import org.partnerhub.application.need.NeedView;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.need.SourceChannel;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.faces.QueryString;
import org.partnerhub.web.security.RequestActor;

/**
 * The needs list ({@code /needs}): published needs for everyone, and the drafts the signed-in reader may see (the
 * service decides), filtered and paged by a bookmarkable GET.
 */
@Named
@RequestScoped
public class NeedListBacking {

    private static final int PAGE_SIZE = 12;

    @Inject
    NeedService needs;

    @Inject
    RequestActor actor;

    private String region;
    private String category;
    private String status;
    private String urgency;
    private String fundingMode;
    private String channel;
    private String from;
    private String to;
    private String q;
    private int page;
    private Page<NeedView> result;

    public void load() {
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        try {
            result = needs.list(actor.get(), new NeedFilter(blankToNull(region), blankToNull(category),
                    Enums.find(NeedStatus.class, status), Enums.find(Urgency.class, urgency),
                    Enums.find(FundingMode.class, fundingMode), Enums.find(SourceChannel.class, channel), fromDay, toDay,
                    blankToNull(q), null, null), new PageRequest(Math.max(0, page), PAGE_SIZE));
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The current filters as the export's query parameters (each prefixed by "&amp;"), so that the export holds
     * exactly what the list shows, all pages of it.
     */
    public String getExportQuery() {
        return QueryString.of("region", region, "category", category, "status", status, "urgency", urgency,
                "fundingMode", fundingMode, "channel", channel, "createdFrom", from, "createdTo", to, "q", q);
    }

    /** Whether the reader records needs (community and street staff, partners). */
    public boolean isMayRecord() {
        return NeedPages.recorder(actor.get());
    }

    public Page<NeedView> getResult() {
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

    public String getUrgency() {
        return urgency;
    }

    public void setUrgency(String urgency) {
        this.urgency = urgency;
    }

    public String getFundingMode() {
        return fundingMode;
    }

    public void setFundingMode(String fundingMode) {
        this.fundingMode = fundingMode;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
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
