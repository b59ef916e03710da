package org.partnerhub.web.supply;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.partnerhub.application.imports.ImportJobView;
import org.partnerhub.application.supply.SupplyImportService;
import org.partnerhub.application.supply.SupplyImportService.PartnerChoice;
import org.partnerhub.web.faces.ImportPage;
import org.partnerhub.web.security.RequestActor;

/**
 * Importing supply items on a page ({@code /supplies/import}): a partner's users into their own organisation (drafts, or
 * published at once when they tick the box), a district administrator for the partner it chooses (drafts); then the
 * job's page ({@code ?job=}) that reloads itself while the job runs and ends with the refused rows.
 */
@Named
@RequestScoped
public class SupplyImportBacking extends ImportPage {

    @Inject
    SupplyImportService imports;

    @Inject
    RequestActor actor;

    private Long partnerId;
    private boolean publish;
    private List<PartnerChoice> partners;

    @Override
    protected ImportJobView start(String fileName, byte[] content) {
        return imports.upload(actor.get(), choosesPartner() ? partnerId : null, publish, fileName, content);
    }

    @Override
    protected ImportJobView find(Long id) {
        return imports.job(actor.get(), id);
    }

    @Override
    protected String page() {
        return "/supplies/import";
    }

    /** A district administrator, who imports for the partner it chooses. */
    public boolean choosesPartner() {
        return imports.choosesPartner(actor.get());
    }

    public List<PartnerChoice> getPartners() {
        if (partners == null) {
            partners = imports.partnerChoices(actor.get());
        }
        return partners;
    }

    /** Where the imported items are listed: the partner's own list, or (for the district) the chosen partner's. */
    public String getListAddress() {
        return choosesPartner() ? "/supplies" : "/supplies?mine=true";
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }
}
