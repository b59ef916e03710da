package org.partnerhub.web.supply;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.application.supply.SupplyForm;
import org.partnerhub.application.supply.SupplyService;
import org.partnerhub.application.supply.SupplyView;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.StaleEditException;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.domain.supply.SupplyContent;
import org.partnerhub.domain.supply.SupplyStatus;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.faces.NumberInput;
import org.partnerhub.web.security.RequestActor;

/**
 * A partner's form for a new supply item or an edit ({@code /supply/edit}, {@code ?id=} to edit). The form keeps
 * everything typed across mistakes, and the version it read: if the item changed meanwhile, nothing is saved and the
 * editor is told, with the input still there.
 */
@Named
@ViewScoped
public class SupplyFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "supply";

    /** Each served region's error ({@code serviceRegionCodes[3]}) is shown beside the one region picker. */
    private static final Map<String, String> INPUTS = regionInputs();

    @Inject
    transient SupplyService supplies;

    @Inject
    transient RequestActor actor;

    private String id;
    private boolean loaded;
    private boolean notFound;
    private boolean refused;
    private boolean stale;
    private SupplyView supply;
    private long version;

    private String categoryCode;
    private String title;
    private String description;
    private List<String> serviceRegionCodes = new ArrayList<>();
    private String capacity;
    private FundingMode fundingMode;
    private String priceNote;
    private List<String> targetGroups = new ArrayList<>();
    private String contactName;
    private String contactPhone;
    private boolean publish;

    private static Map<String, String> regionInputs() {
        Map<String, String> inputs = new HashMap<>();
        for (int i = 0; i < SupplyContent.MAX_SERVICE_REGIONS + 10; i++) {
            inputs.put("serviceRegionCodes[" + i + "]", "serviceRegionCodes");
        }
        return Map.copyOf(inputs);
    }

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                .setHeader("Cache-Control", "no-store");
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            supply = supplies.get(actor.get(), Long.valueOf(id.strip()));
        } catch (NumberFormatException | NotFoundException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!supply.editable()) {
            refused = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        version = supply.version();
        categoryCode = supply.category().code();
        title = supply.title();
        description = supply.description();
        serviceRegionCodes = new ArrayList<>(supply.serviceRegions().stream().map(CodedName::code).toList());
        capacity = String.valueOf(supply.capacity());
        fundingMode = supply.fundingMode();
        priceNote = supply.priceNote();
        targetGroups = new ArrayList<>(supply.targetGroups().stream().sorted().map(Enum::name).toList());
        contactName = supply.contactName();
        contactPhone = supply.contactPhone();
    }

    public void save() throws IOException {
        stale = false;
        Integer places;
        try {
            places = NumberInput.whole(capacity);
        } catch (NumberFormatException e) {
            Forms.fieldError(FORM, "capacity", "common.wholeNumber");
            return;
        }
        SupplyForm form = new SupplyForm(categoryCode, title, description, serviceRegionCodes, places, fundingMode,
                priceNote, groups(), contactName, contactPhone, publish && supply == null);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            SupplyView saved;
            if (supply == null) {
                saved = supplies.create(actor.get(), form);
                Forms.flash(saved.status() == SupplyStatus.PUBLISHED ? "supply.created.published" : "supply.created");
            } else {
                saved = supplies.edit(actor.get(), supply.id(), version, form);
                Forms.flash("supply.saved");
            }
            external.redirect(external.getRequestContextPath() + "/supply?id=" + saved.id());
        } catch (StaleEditException e) {
            stale = true;
            Forms.report(e, FORM, INPUTS);
        } catch (InvalidInputException e) {
            Forms.report(e, FORM, INPUTS);
        } catch (BusinessException e) {
            Forms.report(e, FORM, INPUTS);
        }
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

    public boolean isShowForm() {
        return !notFound && !refused && actor.get().is(Role.PARTNER);
    }

    public boolean isEditing() {
        return supply != null;
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

    public SupplyView getSupply() {
        return supply;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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

    public List<String> getServiceRegionCodes() {
        return serviceRegionCodes;
    }

    public void setServiceRegionCodes(List<String> serviceRegionCodes) {
        this.serviceRegionCodes = serviceRegionCodes == null ? new ArrayList<>() : new ArrayList<>(serviceRegionCodes);
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public FundingMode getFundingMode() {
        return fundingMode;
    }

    public void setFundingMode(FundingMode fundingMode) {
        this.fundingMode = fundingMode;
    }

    public String getPriceNote() {
        return priceNote;
    }

    public void setPriceNote(String priceNote) {
        this.priceNote = priceNote;
    }

    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<String> targetGroups) {
        this.targetGroups = targetGroups == null ? new ArrayList<>() : new ArrayList<>(targetGroups);
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }
}
