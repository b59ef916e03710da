package org.partnerhub.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.partnerhub.application.audit.AuditReader;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditEvent;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.audit.AuditQuery;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.ApiTime;

/** The audit log page ({@code /audit}): filters by actor, action, object, outcome and days, newest first. */
@Named
@RequestScoped
public class AuditBacking {

    private static final int PAGE_SIZE = 50;

    @Inject
    AuditReader audit;

    @Inject
    RequestActor actor;

    private String who;
    private String action;
    private String objectType;
    private String objectId;
    private String outcome;
    private String from;
    private String to;
    private int page;
    private Page<AuditEvent> result;

    public void load() {
        LocalDate fromDay = day(from, "from");
        LocalDate toDay = day(to, "to");
        AuditQuery query = new AuditQuery(blankToNull(who), Enums.find(AuditAction.class, blankToNull(action)),
                blankToNull(objectType), blankToNull(objectId), Enums.find(AuditOutcome.class, blankToNull(outcome)),
                fromDay == null ? null : fromDay.atStartOfDay(ApiTime.ZONE).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ApiTime.ZONE).toInstant());
        result = audit.find(actor.get(), query, new PageRequest(Math.max(0, page), PAGE_SIZE));
    }

    private static LocalDate day(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            Forms.error("audit.badDate", raw);
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The time of an event in the district's zone, for the table. */
    public String time(AuditEvent event) {
        return ApiTime.of(event.getOccurredAt()).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }

    public List<AuditOutcome> getOutcomes() {
        return List.of(AuditOutcome.values());
    }

    public Page<AuditEvent> getResult() {
        return result;
    }

    public boolean isHasPrevious() {
        return result != null && result.page() > 0;
    }

    public boolean isHasNext() {
        return result != null && (long) (result.page() + 1) * result.size() < result.total();
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
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
