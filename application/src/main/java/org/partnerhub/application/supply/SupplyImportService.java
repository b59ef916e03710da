package org.partnerhub.application.supply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.application.imports.ImportJobView;
import org.partnerhub.application.imports.ImportJobs;
import org.partnerhub.application.partner.PartnerStandings;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.application.shared.SpreadsheetWriter;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.category.CategoryRepository;
import org.partnerhub.domain.region.RegionLevel;
import org.partnerhub.domain.region.RegionQuery;
import org.partnerhub.domain.region.RegionRepository;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.PageRequest;

/**
 * Importing supply items from a spreadsheet (供给导入): the upload, which becomes a background job, the job's progress
 * and refused rows, and the template to fill in. A partner's users import into their own organisation's items (and may
 * publish them at once, as with the form); a district administrator imports on behalf of a partner it names, as drafts
 * that the partner reviews and publishes. Either way the partner must be admitted and active.
 */
@ApplicationScoped
public class SupplyImportService {

    /** Rows per file. */
    public static final int MAX_ROWS = 20_000;

    /** A partner an administrator may import for, as the page's select shows it. */
    public record PartnerChoice(Long id, String name) {}

    @Inject
    ImportJobs jobs;

    @Inject
    SupplyImporter importer;

    @Inject
    SupplyService service;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    PartnerStandings partners;

    @Inject
    RegionRepository regions;

    @Inject
    CategoryRepository categories;

    /**
     * Checks who imports for which partner and the file (a CSV or XLSX with the template's columns), and queues the
     * import. {@code partnerId}: the partner to import for — required of an administrator; a partner's user may leave it
     * out or name its own. {@code publish}: publish the rows whose 发布 cell is empty (the partner's users only).
     *
     * @throws InvalidInputException (field "file", "partnerId" or "publish") for a bad file or request
     * @throws ForbiddenException for another partner's items, or while the partner is not active
     */
    public ImportJobView upload(Actor actor, Long partnerId, boolean publish, String fileName, byte[] content) {
        access.require(actor, Permission.IMPORT_SUPPLY);
        boolean own = Permission.EDIT_SUPPLY.grantedTo(actor.role());
        Long target;
        if (own) {
            target = actor.partnerId();
            if (target == null || (partnerId != null && !partnerId.equals(target))) {
                access.deny(actor, "supply", partnerId);
            }
            if (!service.isPartnerActive(target)) {
                audit.record(actor, AuditAction.ACCESS_DENIED, "supply", null, AuditOutcome.DENIED, "partner not active");
                throw new ForbiddenException(Message.of("supply.partner.notActive"));
            }
        } else {
            if (partnerId == null) {
                throw InvalidInputException.of("partnerId", "import.supply.partner.required");
            }
            if (!service.isPartnerActive(partnerId)) {
                throw InvalidInputException.of("partnerId", "import.supply.partner.notActive", partnerId);
            }
            if (publish) {
                throw InvalidInputException.of("publish", "import.supply.publish.owner");
            }
            target = partnerId;
        }
        return jobs.start(actor, importer.into(target, publish, own), fileName, content, MAX_ROWS);
    }

    /** A supply import job, for its uploader or a district administrator. */
    public ImportJobView job(Actor actor, Long id) {
        return jobs.get(actor, id, SupplyImporter.KIND);
    }

    /** Whether the actor may import supply items at all (for the pages' links). */
    public boolean mayImport(Actor actor) {
        return actor != null && actor.isAuthenticated() && Permission.IMPORT_SUPPLY.grantedTo(actor.role())
                && (actor.partnerId() != null || !Permission.EDIT_SUPPLY.grantedTo(actor.role()));
    }

    /** Whether the actor imports on behalf of a partner it chooses (a district administrator). */
    public boolean choosesPartner(Actor actor) {
        return mayImport(actor) && !Permission.EDIT_SUPPLY.grantedTo(actor.role());
    }

    /** The active partners, by name, for an administrator's choice (at most one page of the library). */
    @Transactional
    public List<PartnerChoice> partnerChoices(Actor actor) {
        if (!choosesPartner(actor)) {
            return List.of();
        }
        return partners.listed(PageRequest.MAX_SIZE).stream()
                .map(p -> new PartnerChoice(p.id(), p.name()))
                .sorted(java.util.Comparator.comparing(PartnerChoice::name))
                .toList();
    }

    /**
     * The template: the header row (Chinese headers; the English names are accepted too) and one example row with a
     * category by its name and a district by its code.
     */
    @Transactional
    public void template(Spreadsheet.Format format, OutputStream out) throws IOException {
        String region = regions.find(new RegionQuery(RegionLevel.DISTRICT, null, null, null, null), PageRequest.first(1))
                .items().stream().findFirst().map(r -> r.getCode().value()).orElse("");
        String category = categories.findAll().stream().filter(c -> !c.isTopLevel()).findFirst()
                .map(c -> c.getNameZh()).orElse("");
        try (SpreadsheetWriter writer = SpreadsheetWriter.of(format, out)) {
            writer.row(SupplyRows.COLUMNS.zhHeaders());
            writer.row(new ArrayList<>(SupplyRows.exampleRow(category, region)));
        }
    }
}
