package org.partnerhub.application.supply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerhub.application.imports.ChunkResult;
import org.partnerhub.application.imports.ChunkResult.RowError;
import org.partnerhub.application.imports.FileLookup;
import org.partnerhub.application.imports.ImportJobView;
import org.partnerhub.application.imports.KeyedRows;
import org.partnerhub.application.imports.RowImporter;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.category.Category;
import org.partnerhub.domain.category.CategoryRepository;
import org.partnerhub.domain.imports.ImportJobStatus;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionRepository;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.supply.SupplyContent;
import org.partnerhub.domain.supply.SupplyRepository;

/**
 * Supply items from a spreadsheet, row by row through the rules of the form and the API ({@link SupplyForms}): the
 * category and each served region given by code or exact Chinese name, the content as {@link SupplyContent} demands.
 * A valid row becomes an item of the chosen partner with its {@code CREATED} history entry (and {@code PUBLISH} when
 * the row or the upload asks for it and the uploader is one of the partner's users), indexed for search in the same
 * transaction, unless an item with the row's import key exists already. Before each chunk the partner must still be
 * active; otherwise the chunk's rows are refused.
 *
 * <p>Categories and region names are looked up once per file; the keys once per chunk.
 */
@ApplicationScoped
class SupplyImporter {

    static final String KIND = "SUPPLY";

    @Inject
    SupplyService service;

    @Inject
    SupplyForms forms;

    @Inject
    SupplyRepository supplies;

    @Inject
    RegionRepository regions;

    @Inject
    CategoryRepository categories;

    @Inject
    AuditLog audit;

    /**
     * The import of one upload into the items of {@code partnerId}; rows without a 发布 cell are published when
     * {@code publishByDefault}; only {@code mayPublish} uploaders (the partner's own users) publish at all.
     */
    RowImporter into(Long partnerId, boolean publishByDefault, boolean mayPublish) {
        return new Into(partnerId, publishByDefault, mayPublish);
    }

    private final class Into implements RowImporter {

        private final Long partnerId;
        private final boolean publishByDefault;
        private final boolean mayPublish;

        Into(Long partnerId, boolean publishByDefault, boolean mayPublish) {
            this.partnerId = partnerId;
            this.publishByDefault = publishByDefault;
            this.mayPublish = mayPublish;
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public FileImport open(Actor actor, Spreadsheet sheet) {
            return new SupplyFile(actor, this, SupplyRows.COLUMNS.resolve(sheet.headers()));
        }

        @Override
        public void finished(Actor actor, ImportJobView job) {
            audit.record(actor, AuditAction.SUPPLIES_IMPORTED, "import-job", job.id(),
                    job.status() == ImportJobStatus.DONE ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                    "partner " + partnerId + "; " + job.auditDetail());
        }
    }

    /** A valid row, ready to be created. */
    private record Candidate(SupplyContent content, String key, boolean publish) {}

    /** One file's import: what it looked up once, and the chunks. */
    private final class SupplyFile implements RowImporter.FileImport {

        private final Actor actor;
        private final Into upload;
        private final Map<String, String> headers;
        private final FileLookup<String> categoryCodes = new FileLookup<>(SupplyImporter.this::categoryCode);
        private final FileLookup<String> regionCodes = new FileLookup<>(SupplyImporter.this::regionCode);

        SupplyFile(Actor actor, Into upload, Map<String, String> headers) {
            this.actor = actor;
            this.upload = upload;
            this.headers = headers;
        }

        @Override
        public ChunkResult importRows(List<Spreadsheet.Row> rows) {
            List<RowError> errors = new ArrayList<>();
            if (!service.isPartnerActive(upload.partnerId)) {
                // suspended (or gone) while the job ran: nothing more is created for it
                rows.forEach(r -> errors.add(new RowError(r.number(), "partnerId", Message.of("supply.partner.notActive"))));
                return new ChunkResult(0, 0, errors);
            }
            KeyedRows<Candidate> valid = new KeyedRows<>();
            for (Spreadsheet.Row row : rows) {
                List<FieldError> problems = new ArrayList<>();
                SupplyRows.Cells cells = SupplyRows.read(row, headers, problems);
                String category = cells.category() == null ? null : categoryCodes.get(cells.category(), problems);
                List<String> codes = new ArrayList<>();
                for (String region : cells.serviceRegions()) {
                    String code = regionCodes.get(region, problems);
                    if (code != null) {
                        codes.add(code);
                    }
                }
                boolean publish = cells.publish() == null ? upload.publishByDefault : cells.publish();
                if (publish && !upload.mayPublish) {
                    problems.add(FieldError.of(SupplyRows.PUBLISH, "import.supply.publish.owner"));
                }
                SupplyContent content = content(SupplyRows.form(cells, category, codes, publish), problems);
                if (!problems.isEmpty()) {
                    errors.addAll(RowError.of(row.number(), problems));
                    continue;
                }
                String key = SupplyRows.importKey(upload.partnerId, cells.externalId(), content);
                valid.add(key, new Candidate(content, key, publish));
            }
            List<Candidate> fresh = valid.fresh(supplies::existingImportKeys);
            service.add(actor, upload.partnerId, fresh.stream()
                    .map(c -> new SupplyService.NewItem(c.content(), c.key(), c.publish())).toList());
            return new ChunkResult(fresh.size(), valid.duplicates(), errors);
        }

        /** The rules of the form; a column already reported for this row is not reported again. */
        private SupplyContent content(SupplyForm form, List<FieldError> problems) {
            Set<String> reported = problems.stream().map(FieldError::field).collect(Collectors.toCollection(HashSet::new));
            try {
                return forms.parse(form);
            } catch (InvalidInputException e) {
                for (FieldError error : e.errors()) {
                    String column = SupplyRows.column(error.field());
                    if (reported.add(column)) {
                        problems.add(FieldError.of(column, error.message().key(), error.message().args()));
                    }
                }
                return null;
            }
        }
    }

    /** A category by its code or its exact Chinese (or English) name. */
    private String categoryCode(String text, List<FieldError> errors) {
        String wanted = text.strip();
        for (Category c : categories.findAll()) {
            if (c.getCode().value().equals(wanted) || c.getNameZh().equals(wanted)
                    || (c.getNameEn() != null && c.getNameEn().equalsIgnoreCase(wanted))) {
                return c.getCode().value();
            }
        }
        errors.add(FieldError.of(SupplyRows.CATEGORY, "import.supply.category.notFound", wanted));
        return null;
    }

    /** A region by its code or its exact Chinese name (a name several regions share must be given as a code). */
    private String regionCode(String text, List<FieldError> errors) {
        try {
            if (regions.findByCode(RegionCode.of(text)).isPresent()) {
                return text;
            }
        } catch (InvalidValueException e) {
            // not a code: a name, perhaps
        }
        List<Region> named = regions.findByNameZh(text);
        if (named.size() == 1) {
            return named.get(0).getCode().value();
        }
        if (named.isEmpty()) {
            errors.add(FieldError.of(SupplyRows.SERVICE_REGIONS, "import.supply.region.notFound", text));
        } else {
            errors.add(FieldError.of(SupplyRows.SERVICE_REGIONS, "import.supply.region.ambiguous", text,
                    named.stream().map(r -> r.getCode().value()).collect(Collectors.joining("、"))));
        }
        return null;
    }
}
