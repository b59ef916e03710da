package org.partnerhub.application.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionKind;
import org.partnerhub.domain.region.RegionRepository;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.Text;

/**
 * Imports regions from a CSV file in the format of {@code POST /api/v1/regions/import}. The whole file is one
 * transaction: every row is checked, every problem is reported with its line, and if there is any problem nothing of
 * the file is applied. A row whose code exists already updates that region; a row without a code gets a stable
 * generated one, so importing the same file twice changes nothing the second time.
 */
@ApplicationScoped
public class RegionImportService {

    public static final int MAX_ROWS = 50_000;

    @Inject
    RegionRepository regions;

    @Inject
    Clock clock;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    /** A district administrator imports a file; the import (and a refused file) is audited. */
    @Transactional
    public RegionImportResult importCsv(Actor actor, byte[] content) {
        access.require(actor, Permission.IMPORT_REGIONS);
        try {
            RegionImportResult result = importTrusted(content);
            audit.record(actor, AuditAction.REGIONS_IMPORTED, "region", null, AuditOutcome.SUCCESS, result.rows()
                    + " rows: " + result.created() + " created, " + result.updated() + " updated, " + result.unchanged()
                    + " unchanged");
            return result;
        } catch (InvalidInputException e) {
            audit.record(actor, AuditAction.REGIONS_IMPORTED, "region", null, AuditOutcome.FAILURE,
                    e.errors().size() + " error(s); nothing applied");
            throw e;
        }
    }

    /** The seed file, loaded by the platform itself at its first start. */
    @Transactional
    RegionImportResult importTrusted(byte[] content) {
        List<RegionCsvReader.Row> rows = RegionCsvReader.read(content, MAX_ROWS);
        RegionImportResult result = new Run(clock.instant(), regions.maxSortOrder()).apply(rows);
        regions.forgetNames();
        return result;
    }

    /** The state of one import while it walks through the file. */
    private final class Run {

        private final Instant now;
        private int nextSortOrder;
        private final List<FieldError> errors = new ArrayList<>();
        private final Map<RegionCode, Integer> lineByCode = new HashMap<>();
        private final Map<RegionCode, Region> fileByCode = new HashMap<>();
        private final Map<String, Map<RegionCode, Region>> fileByName = new HashMap<>();
        private final List<Region> created = new ArrayList<>();
        private int updated;
        private int unchanged;

        Run(Instant now, int maxSortOrder) {
            this.now = now;
            this.nextSortOrder = maxSortOrder;
        }

        RegionImportResult apply(List<RegionCsvReader.Row> rows) {
            for (RegionCsvReader.Row row : rows) {
                try {
                    importRow(row);
                } catch (InvalidInputException e) {
                    e.errors().forEach(error -> errors.add(FieldError.atLine(row.line(), column(error.field()), error.message())));
                } catch (BusinessException e) {
                    errors.add(FieldError.atLine(row.line(), columnOf(e.message()), e.message()));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            created.forEach(regions::add);
            return new RegionImportResult(rows.size(), created.size(), updated, unchanged);
        }

        private void importRow(RegionCsvReader.Row row) {
            List<FieldError> rowErrors = new ArrayList<>();
            Optional<RegionKind> kind = RegionKind.fromCsvWord(row.level());
            if (kind.isEmpty()) {
                rowErrors.add(FieldError.of("level", "region.import.level", Text.clean(row.level()) == null ? "" : row.level().strip(),
                        Arrays.stream(RegionKind.values()).map(RegionKind::csvWord).collect(Collectors.joining(", "))));
            }
            String nameZh = Text.clean(row.nameZh());
            if (nameZh == null) {
                rowErrors.add(FieldError.of("name_zh", "region.name.blank"));
            }
            Region parent = null;
            String parentRef = Text.clean(row.parent());
            if (parentRef != null) {
                try {
                    parent = resolveParent(parentRef);
                } catch (BusinessException e) {
                    rowErrors.add(new FieldError("parent_code", null, e.message()));
                }
            }
            RegionCode code = null;
            String rawCode = Text.clean(row.code());
            if (rawCode != null) {
                try {
                    code = RegionCode.of(rawCode);
                } catch (InvalidValueException e) {
                    rowErrors.add(new FieldError("code", null, e.message()));
                }
            } else if (nameZh != null && (parentRef == null || parent != null)) {
                code = RegionCode.generated(parent == null ? null : parent.getCode(), nameZh);
            }
            if (code != null && lineByCode.containsKey(code)) {
                rowErrors.add(FieldError.of("code", "region.import.duplicate", code.value(), lineByCode.get(code)));
            }
            if (!rowErrors.isEmpty()) {
                throw new InvalidInputException(rowErrors);
            }
            lineByCode.put(code, row.line());

            Optional<Region> existing = regions.findByCode(code);
            Region region;
            if (existing.isPresent()) {
                region = existing.get();
                if (region.reimport(kind.get(), nameZh, row.nameEn(), parent, row.note(), now)) {
                    updated++;
                } else {
                    unchanged++;
                }
            } else {
                region = Region.create(code, kind.get(), nameZh, row.nameEn(), parent, row.note(), ++nextSortOrder, now);
                created.add(region);
            }
            fileByCode.put(code, region);
            fileByName.computeIfAbsent(region.getNameZh(), k -> new LinkedHashMap<>()).put(code, region);
        }

        /** A parent is named by its code or by its exact Chinese name, in this file (earlier lines) or already stored. */
        private Region resolveParent(String reference) {
            RegionCode asCode = null;
            try {
                asCode = RegionCode.of(reference);
            } catch (InvalidValueException notACode) {
                // a Chinese name, looked up below
            }
            if (asCode != null) {
                Region inFile = fileByCode.get(asCode);
                if (inFile != null) {
                    return inFile;
                }
                Optional<Region> stored = regions.findByCode(asCode);
                if (stored.isPresent()) {
                    return stored.get();
                }
            }
            Map<RegionCode, Region> candidates = new LinkedHashMap<>(fileByName.getOrDefault(reference, Map.of()));
            for (Region stored : regions.findByNameZh(reference)) {
                candidates.putIfAbsent(stored.getCode(), stored);
            }
            if (candidates.size() == 1) {
                return candidates.values().iterator().next();
            }
            if (candidates.isEmpty()) {
                throw new InvalidValueException(Message.of("region.import.parent.notFound", reference));
            }
            String codes = candidates.keySet().stream().map(RegionCode::value).collect(Collectors.joining(", "));
            throw new InvalidValueException(Message.of("region.import.parent.ambiguous", reference, codes));
        }
    }

    /** The CSV column behind a field of {@link Region}. */
    private static String column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "nameZh" -> "name_zh";
            case "nameEn" -> "name_en";
            default -> field;
        };
    }

    /** The CSV column a rule of the tree is about: its level, or (for everything about parents) parent_code. */
    private static String columnOf(Message message) {
        return message.key().startsWith("region.level") ? "level" : "parent_code";
    }
}
