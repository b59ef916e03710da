package org.partnerhub.application.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.imports.ImportJobStatus;
import org.partnerhub.domain.need.CommunityFund;
import org.partnerhub.domain.need.CommunityFundRepository;
import org.partnerhub.domain.need.Need;
import org.partnerhub.domain.need.NeedContent;
import org.partnerhub.domain.need.NeedRepository;
import org.partnerhub.domain.need.NeedSource;
import org.partnerhub.domain.need.SourceChannel;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionLevel;
import org.partnerhub.domain.shared.DistrictTime;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.Recorder;
import org.partnerhub.domain.shared.RuleViolationException;

/**
 * Needs from a spreadsheet, row by row through the rules of the form and the API: the community must be a community
 * within the uploader's region ({@link Places} and the same scope as recording), the category must exist, the content
 * must satisfy {@link NeedContent}, a budget must fit in the community's fund of this year. A valid row becomes a need
 * of channel {@code IMPORT}, recorded by the uploader with its {@code CREATED} history entry (and {@code PUBLISH} when
 * the row asks for it), unless a need with the row's import key exists already.
 *
 * <p>Communities and categories are looked up once per file; the keys and the funds once per chunk; the needs of a
 * chunk are written together.
 */
@ApplicationScoped
class NeedImporter implements RowImporter {

    static final String KIND = "NEED";

    @Inject
    NeedRepository needs;

    @Inject
    CommunityFundRepository funds;

    @Inject
    Places places;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    NeedIndexing indexing;

    @Inject
    NeedEvents needEvents;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public FileImport open(Actor actor, Spreadsheet sheet) {
        return new NeedFile(actor, NeedRows.COLUMNS.resolve(sheet.headers()), DistrictTime.year(clock.instant()));
    }

    @Override
    public void finished(Actor actor, ImportJobView job) {
        audit.record(actor, AuditAction.NEEDS_IMPORTED, "import-job", job.id(),
                job.status() == ImportJobStatus.DONE ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, job.auditDetail());
    }

    /** A valid row, ready to be recorded. */
    private record Candidate(int row, Region community, NeedContent content, String key, boolean publish) {}

    /** One file's import: what it looked up once, and the chunks. */
    private final class NeedFile implements FileImport {

        private final Actor actor;
        private final Recorder recorder;
        private final Map<String, String> headers;
        private final int year;
        private final FileLookup<Region> communities = new FileLookup<>(this::findCommunity);
        private final FileLookup<CategoryCode> categories =
                new FileLookup<>((code, found) -> places.category(code, NeedRows.CATEGORY, found));

        NeedFile(Actor actor, Map<String, String> headers, int year) {
            this.actor = actor;
            this.recorder = NeedService.recorder(actor);
            this.headers = headers;
            this.year = year;
        }

        @Override
        public ChunkResult importRows(List<Spreadsheet.Row> rows) {
            List<RowError> errors = new ArrayList<>();
            KeyedRows<Candidate> valid = new KeyedRows<>();
            for (Spreadsheet.Row row : rows) {
                List<FieldError> problems = new ArrayList<>();
                NeedRows.Cells cells = NeedRows.read(row, headers, problems);
                Region community = community(cells.communityCode(), problems);
                CategoryCode category = category(cells.categoryCode(), problems);
                NeedContent content = content(cells, category, problems);
                if (!problems.isEmpty()) {
                    errors.addAll(RowError.of(row.number(), problems));
                    continue;
                }
                String key = NeedRows.importKey(community.getCode(), cells.externalId(), content);
                valid.add(key, new Candidate(row.number(), community, content, key, cells.publish()));
            }
            List<Candidate> accepted = withinFunds(valid.fresh(needs::existingImportKeys), errors);
            record(accepted);
            return new ChunkResult(accepted.size(), valid.duplicates(), errors);
        }

        private void record(List<Candidate> accepted) {
            if (accepted.isEmpty()) {
                return;
            }
            Instant now = clock.instant();
            List<Need> fresh = new ArrayList<>();
            for (Candidate c : accepted) {
                fresh.add(Need.record(c.community().getCode(), c.community().getPath(), c.content(),
                        new NeedSource(SourceChannel.IMPORT, null), recorder, year, c.key(), c.publish(), now));
            }
            Map<String, Long> ids = needs.addImported(fresh);
            indexing.putImported(fresh, ids);
            for (Need need : fresh) {
                Long id = ids.get(need.getImportKey());
                needEvents.need("recorded", need, id, true);
                if (need.getPublishedAt() != null) {
                    needEvents.need("published", need, id, true);
                }
            }
        }

        /** Rows whose budget does not fit in their community's fund (locked, as for a single need) are refused. */
        private List<Candidate> withinFunds(List<Candidate> candidates, List<RowError> errors) {
            Map<RegionCode, Long> taken = new HashMap<>();
            Map<RegionCode, Optional<CommunityFund>> lockedFunds = new HashMap<>();
            List<Candidate> accepted = new ArrayList<>();
            for (Candidate c : candidates) {
                long budget = c.content().budgetFen();
                if (budget <= 0) {
                    accepted.add(c);
                    continue;
                }
                RegionCode code = c.community().getCode();
                Optional<CommunityFund> fund = lockedFunds.computeIfAbsent(code, k -> funds.findForUpdate(k, year));
                if (fund.isEmpty()) {
                    errors.add(new RowError(c.row(), NeedRows.BUDGET,
                            Message.of("fund.none", String.valueOf(year),
                                    c.community().getNameZh())));
                    continue;
                }
                long already = taken.computeIfAbsent(code, k -> needs.earmarked(k, year, null));
                try {
                    fund.get().checkEarmark(already, budget);
                    taken.put(code, already + budget);
                    accepted.add(c);
                } catch (RuleViolationException e) {
                    errors.add(new RowError(c.row(), NeedRows.BUDGET, e.message()));
                }
            }
            return accepted;
        }

        private Region community(String code, List<FieldError> problems) {
            if (code == null) {
                problems.add(FieldError.of(NeedRows.COMMUNITY, "text.required"));
                return null;
            }
            return communities.get(code, problems);
        }

        private Region findCommunity(String code, List<FieldError> found) {
            Region region = places.region(code, RegionLevel.COMMUNITY, NeedRows.COMMUNITY, "need.community.level", found);
            if (region != null && !actor.covers(region)) {
                found.add(FieldError.of(NeedRows.COMMUNITY, "import.need.community.scope", region.getNameZh(), code));
            }
            return region;
        }

        private CategoryCode category(String code, List<FieldError> problems) {
            if (code == null) {
                problems.add(FieldError.of(NeedRows.CATEGORY, "text.required"));
                return null;
            }
            return categories.get(code, problems);
        }

        private NeedContent content(NeedRows.Cells cells, CategoryCode category, List<FieldError> problems) {
            Set<String> reported = new HashSet<>();
            problems.forEach(p -> reported.add(p.field()));
            try {
                return new NeedContent(category, cells.title(),
                        cells.description(), cells.beneficiaries() == null ? 0 : cells.beneficiaries(),
                        cells.targetGroups(), cells.urgency(), cells.fundingMode(),
                        cells.budgetFen() == null ? 0 : cells.budgetFen());
            } catch (InvalidInputException e) {
                for (FieldError error : e.errors()) {
                    String field = "budgetFen".equals(error.field()) ? NeedRows.BUDGET : error.field();
                    if (reported.add(field)) {
                        problems.add(FieldError.of(field, error.message().key(), error.message().args()));
                    }
                }
                return null;
            }
        }
    }
}
