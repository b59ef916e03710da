package org.partnerhub.application.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.application.imports.ImportJobView;
import org.partnerhub.application.imports.ImportJobs;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.application.shared.SpreadsheetWriter;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.category.CategoryRepository;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionLevel;
import org.partnerhub.domain.region.RegionQuery;
import org.partnerhub.domain.region.RegionRepository;
import org.partnerhub.domain.shared.PageRequest;

/**
 * Importing needs from a spreadsheet (需求导入): the upload, which becomes a background job, the job's progress and
 * refused rows, and the template to fill in. Who may import: whoever may record needs in a region (community and
 * street staff, integrators) and the district's administrators; each row must name a community within the
 * uploader's region, or it is refused (the file is not).
 */
@ApplicationScoped
public class NeedImportService {

    /** Rows per file. */
    public static final int MAX_ROWS = 20_000;

    @Inject
    ImportJobs jobs;

    @Inject
    NeedImporter importer;

    @Inject
    AccessPolicy access;

    @Inject
    RegionRepository regions;

    @Inject
    CategoryRepository categories;

    /**
     * Checks the file (a CSV or XLSX with the template's columns) and queues its import.
     *
     * @throws org.partnerhub.domain.shared.InvalidInputException (field "file") for a file that is no such spreadsheet
     */
    public ImportJobView upload(Actor actor, String fileName, byte[] content) {
        access.require(actor, Permission.IMPORT_NEEDS);
        return jobs.start(actor, importer, fileName, content, MAX_ROWS);
    }

    /** A need import job, for its uploader or a district administrator. */
    public ImportJobView job(Actor actor, Long id) {
        return jobs.get(actor, id, NeedImporter.KIND);
    }

    /** Whether the actor may import needs at all (for the pages' links). */
    public boolean mayImport(Actor actor) {
        return actor != null && actor.isAuthenticated() && Permission.IMPORT_NEEDS.grantedTo(actor.role());
    }

    /**
     * The template: the header row (Chinese headers; the English names are accepted too) and one example row, whose
     * community is one the reader may import for (any community for the public).
     */
    @Transactional
    public void template(Actor actor, Spreadsheet.Format format, OutputStream out) throws IOException {
        RegionCode within = actor != null && actor.isAuthenticated() ? actor.regionCode() : null;
        String community = regions.find(new RegionQuery(RegionLevel.COMMUNITY, null, within, null, null),
                        PageRequest.first(1)).items().stream()
                .findFirst().map(r -> r.getCode().value()).orElse("");
        String category = categories.findAll().stream().filter(c -> !c.isTopLevel()).findFirst()
                .map(c -> c.getCode().value()).orElse("");
        try (SpreadsheetWriter writer = SpreadsheetWriter.of(format, out)) {
            writer.row(NeedRows.COLUMNS.zhHeaders());
            writer.row(new ArrayList<>(NeedRows.exampleRow(community, category)));
        }
    }

    /** The column keys (English headers), for the API's documentation. */
    public static List<String> columns() {
        return NeedRows.COLUMNS.columns().stream().map(c -> c.zh() + "/" + c.key()).toList();
    }
}
