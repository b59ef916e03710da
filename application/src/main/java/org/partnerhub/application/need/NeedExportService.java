package org.partnerhub.application.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.application.shared.SpreadsheetExport;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.shared.PageRequest;

/**
 * The needs a list shows, as a CSV or XLSX file (导出): exactly what the filters select and the reader may read, every
 * page of it, written as it is read. The first columns are those of the import template, so an export can be
 * edited and imported elsewhere; the recorder is given only to readers who may see it. Every export is audited with
 * its filter and its row count.
 */
@ApplicationScoped
public class NeedExportService {

    /** An export stops after this many rows (and says so in the audit line). */
    public static final int MAX_ROWS = 100_000;

    private static final List<String> HEADERS_ZH = List.of("社区编码", "类别编码", "标题", "描述", "受益人数", "人群", "紧急程度",
            "资金方式", "预算（元）", "需求ID", "社区", "街道", "类别", "状态", "来源渠道", "资金年度", "创建时间", "更新时间", "发布时间",
            "登记人账号", "登记人");
    private static final List<String> HEADERS_EN = List.of("communityCode", "categoryCode", "title", "description",
            "beneficiaries", "targetGroups", "urgency", "fundingMode", "budgetYuan", "id", "community", "street",
            "category", "status", "channel", "fundYear", "createdAt", "updatedAt", "publishedAt", "recordedBy",
            "recordedByName");

    @Inject
    NeedService service;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    /** A checked export, ready to be written: its rights and filter were accepted. */
    public record Export(Actor actor, NeedFilter filter) {}

    /**
     * Checks the rights and the filter before anything is written, so that a refusal or a bad filter is still a
     * proper error answer (403, 400 naming the parameter).
     */
    public Export prepare(Actor actor, NeedFilter filter) {
        access.require(actor, Permission.EXPORT_NEEDS);
        service.query(actor, filter);
        return new Export(actor, filter);
    }

    /** Writes the export page by page; returns the number of rows written. */
    public int write(Export export, Spreadsheet.Format format, Locale locale, OutputStream out) throws IOException {
        boolean english = SpreadsheetExport.english(locale);
        ResourceBundle labels = SpreadsheetExport.labels(english);
        return SpreadsheetExport.write(format, out, english ? HEADERS_EN : HEADERS_ZH, MAX_ROWS,
                page -> service.list(export.actor(), export.filter(), new PageRequest(page, SpreadsheetExport.PAGE)),
                need -> row(need, labels, english),
                written -> audit.record(export.actor(), AuditAction.DATA_EXPORTED, "need", null, AuditOutcome.SUCCESS,
                        written.describe(format) + "; filter: " + describe(export.filter()))).rows();
    }

    private static List<Object> row(NeedView n, ResourceBundle labels, boolean english) {
        List<Object> cells = new ArrayList<>();
        cells.add(n.community().code());
        cells.add(n.category().code());
        cells.add(n.title());
        cells.add(n.description());
        cells.add(n.beneficiaries());
        cells.add(n.targetGroups().stream().sorted().map(g -> label(labels, g)).collect(Collectors.joining(english ? "," : "、")));
        cells.add(label(labels, n.urgency()));
        cells.add(label(labels, n.fundingMode()));
        cells.add(BigDecimal.valueOf(n.budgetFen(), 2));
        cells.add(n.id());
        cells.add(n.community().name(english));
        cells.add(n.street() == null ? "" : n.street().name(english));
        cells.add(n.category().name(english));
        cells.add(label(labels, n.status()));
        cells.add(label(labels, n.channel()));
        cells.add(n.fundYear());
        cells.add(time(n.createdAt()));
        cells.add(time(n.updatedAt()));
        cells.add(time(n.publishedAt()));
        cells.add(n.recordedBy() == null ? "" : n.recordedBy());
        cells.add(n.recordedByName() == null ? "" : n.recordedByName());
        return cells;
    }

    private static String label(ResourceBundle labels, Enum<?> constant) {
        return SpreadsheetExport.label(labels, constant);
    }

    private static String time(Instant instant) {
        return SpreadsheetExport.time(instant);
    }

    /** The filter's set parameters, as the audit line names them. */
    static String describe(NeedFilter filter) {
        return SpreadsheetExport.describe(List.of("region", "category", "status", "urgency", "fundingMode", "channel",
                "createdFrom", "createdTo", "q", "updatedSince", "visit"), filter.region(), filter.category(),
                filter.status(), filter.urgency(), filter.fundingMode(), filter.channel(), filter.createdFrom(),
                filter.createdTo(), filter.q(), filter.updatedSince(), filter.visitId());
    }
}
