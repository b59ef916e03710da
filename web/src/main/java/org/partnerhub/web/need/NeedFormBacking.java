package org.partnerhub.web.need;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerhub.application.need.NeedForm;
import org.partnerhub.application.need.NeedRecorded;
import org.partnerhub.application.need.NeedService;
import org.partnerhub.application.need.NeedView;
import org.partnerhub.application.need.VisitService;
import org.partnerhub.application.need.VisitView;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.need.NeedContent;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.need.SourceChannel;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.DistrictTime;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Money;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.StaleEditException;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.faces.NumberInput;
import org.partnerhub.web.security.RequestActor;

/**
 * Recording a need and editing one ({@code /need/edit}): {@code ?id=} edits a need (its owners; the recording partner
 * while it is a draft), {@code ?visit=} records one found on that visit (its community and channel fixed), neither
 * records one from scratch. The form keeps everything typed across mistakes, and the version it read: if the need
 * changed meanwhile, nothing is saved and the editor is told, with the input still there.
 */
@Named
@ViewScoped
public class NeedFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "need";

    /** The service's field names that the form's inputs stand for under another id. */
    private static final Map<String, String> INPUTS = Map.of("budgetFen", "budget", "source.channel", "channel");

    @Inject
    transient NeedService needs;

    @Inject
    transient VisitService visits;

    @Inject
    transient RequestActor actor;

    @Inject
    transient Clock clock;

    private String id;
    private String visit;
    private boolean loaded;
    private boolean notFound;
    private boolean refused;
    private boolean stale;
    private NeedView need;
    private VisitView fromVisit;
    private long version;

    private String communityCode;
    private String categoryCode;
    private String title;
    private String description;
    private String beneficiaries;
    private List<String> targetGroups = new ArrayList<>();
    private Urgency urgency;
    private FundingMode fundingMode;
    private String budget;
    private SourceChannel channel;
    private Integer fundYear;
    private boolean publish;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        noStore();
        if (id != null && !id.isBlank()) {
            try {
                need = needs.get(actor.get(), Long.valueOf(id.strip()));
            } catch (NumberFormatException | NotFoundException e) {
                fail(HttpServletResponse.SC_NOT_FOUND);
                notFound = true;
                return;
            }
            if (!need.editable()) {
                refused = true;
                fail(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            fill(need);
            return;
        }
        fundYear = DistrictTime.year(clock.instant());
        if (visit != null && !visit.isBlank()) {
            try {
                fromVisit = visits.get(actor.get(), Long.valueOf(visit.strip()));
            } catch (NumberFormatException | NotFoundException e) {
                fail(HttpServletResponse.SC_NOT_FOUND);
                notFound = true;
                return;
            }
            if (!fromVisit.mayAddNeeds()) {
                refused = true;
                fail(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            communityCode = fromVisit.community().code();
            channel = fromVisit.format().channel();
        }
    }

    private void fill(NeedView view) {
        version = view.version();
        communityCode = view.community().code();
        categoryCode = view.category().code();
        title = view.title();
        description = view.description();
        beneficiaries = String.valueOf(view.beneficiaries());
        targetGroups = new ArrayList<>(view.targetGroups().stream().sorted().map(Enum::name).toList());
        urgency = view.urgency();
        fundingMode = view.fundingMode();
        budget = view.budgetFen() == 0 ? "" : Money.yuan(view.budgetFen()).replace(",", "");
        channel = view.channel();
        fundYear = view.fundYear();
    }

    public void save() throws IOException {
        stale = false;
        List<FieldError> errors = new ArrayList<>();
        Integer people = null;
        Long budgetFen = null;
        boolean unreadable = false;
        try {
            people = NumberInput.whole(beneficiaries);
        } catch (NumberFormatException e) {
            errors.add(FieldError.of("beneficiaries", "param.integer", beneficiaries));
        }
        try {
            budgetFen = NumberInput.yuanToFen(budget);
        } catch (NumberFormatException e) {
            unreadable = true;
        }
        if (unreadable || !errors.isEmpty()) {
            // the service is not asked with a value the page could not read; the other fields are checked here so that
            // every mistake is shown at once
            Forms.report(new InvalidInputException(withContentErrors(errors, people, budgetFen)), FORM, INPUTS);
            if (unreadable) {
                Forms.fieldError(FORM, "budget", "need.budget.unreadable");
            }
            return;
        }
        NeedForm form = new NeedForm(communityCode, categoryCode, title, description, people, groups(), urgency,
                fundingMode, budgetFen, channel, fromVisit == null ? null : fromVisit.id(), fundYear,
                publish && need == null && NeedPages.staff(actor.get()));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            if (need == null) {
                NeedRecorded recorded = needs.record(actor.get(), form);
                external.getFlash().put(NeedBacking.RECORDED_DUPLICATES, recorded.possibleDuplicates());
                Forms.flash(recorded.need().status() == NeedStatus.PUBLISHED ? "need.recorded.published" : "need.recorded");
                external.redirect(external.getRequestContextPath() + "/need?id=" + recorded.need().id());
            } else {
                NeedView saved = needs.edit(actor.get(), need.id(), version, form);
                Forms.flash("need.saved");
                external.redirect(external.getRequestContextPath() + "/need?id=" + saved.id());
            }
        } catch (StaleEditException e) {
            stale = true;
            Forms.report(e, FORM, INPUTS);
        } catch (BusinessException e) {
            Forms.report(e, FORM, INPUTS);
        }
    }

    /** The errors of the fields the page read, as the domain states them, beside those of the unreadable ones. */
    private List<FieldError> withContentErrors(List<FieldError> errors, Integer people, Long budgetFen) {
        List<FieldError> all = new ArrayList<>(errors);
        if (communityCode == null || communityCode.isBlank()) {
            all.add(FieldError.of("communityCode", "text.required"));
        }
        if (channel == null) {
            all.add(FieldError.of("source.channel", "text.required"));
        }
        CategoryCode category = null;
        try {
            category = categoryCode == null || categoryCode.isBlank() ? null : CategoryCode.of(categoryCode);
        } catch (BusinessException e) {
            all.add(FieldError.of("categoryCode", "category.notFound", categoryCode));
        }
        try {
            new NeedContent(category, title, description, people == null ? 0 : people, groups(), urgency, fundingMode,
                    budgetFen == null ? 0 : budgetFen);
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                if (all.stream().noneMatch(f -> f.field().equals(error.field()))) {
                    all.add(error);
                }
            }
        }
        return all;
    }

    private Set<TargetGroup> groups() {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        for (String name : targetGroups) {
            TargetGroup group = Enums.find(TargetGroup.class, name);
            if (group != null) {
                groups.add(group);
            }
        }
        return groups;
    }

    private static void fail(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }

    private static void noStore() {
        ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                .setHeader("Cache-Control", "no-store");
    }

    /** Whether the page shows the form (a need it may edit, a visit it may add to, or a new need). */
    public boolean isShowForm() {
        return !notFound && !refused;
    }

    public boolean isEditing() {
        return need != null;
    }

    /** The community is chosen only for a new need that does not come from a visit. */
    public boolean isCommunityFixed() {
        return need != null || fromVisit != null;
    }

    /** The channel is fixed for an edit (a need keeps its source) and for a need from a visit (the visit's). */
    public boolean isChannelFixed() {
        return need != null || fromVisit != null;
    }

    /** Staff may publish a new need at once. */
    public boolean isMayPublish() {
        return need == null && NeedPages.staff(actor.get());
    }

    public CodedName getFixedCommunity() {
        return need != null ? need.community() : fromVisit != null ? fromVisit.community() : null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getVisit() {
        return visit;
    }

    public void setVisit(String visit) {
        this.visit = visit;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isRefused() {
        return refused;
    }

    public boolean isStale() {
        return stale;
    }

    public NeedView getNeed() {
        return need;
    }

    public VisitView getFromVisit() {
        return fromVisit;
    }

    public String getCommunityCode() {
        return communityCode;
    }

    public void setCommunityCode(String communityCode) {
        this.communityCode = communityCode;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getBeneficiaries() {
        return beneficiaries;
    }

    public void setBeneficiaries(String beneficiaries) {
        this.beneficiaries = beneficiaries;
    }

    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<String> targetGroups) {
        this.targetGroups = targetGroups == null ? new ArrayList<>() : new ArrayList<>(targetGroups);
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public FundingMode getFundingMode() {
        return fundingMode;
    }

    public void setFundingMode(FundingMode fundingMode) {
        this.fundingMode = fundingMode;
    }

    public String getBudget() {
        return budget;
    }

    public void setBudget(String budget) {
        this.budget = budget;
    }

    public SourceChannel getChannel() {
        return channel;
    }

    public void setChannel(SourceChannel channel) {
        this.channel = channel;
    }

    public Integer getFundYear() {
        return fundYear;
    }

    public void setFundYear(Integer fundYear) {
        this.fundYear = fundYear;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }
}
