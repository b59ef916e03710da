package org.partnerhub.application.supply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.application.shared.SpreadsheetExport;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.shared.PageRequest;

/**
 * A partner's supply list as a CSV or XLSX file (导出): exactly what the list's filters select, every page of it, written
 * as it is read. A partner's users export their own organisation's items (every status, as their list shows them); a
 * district administrator any partner's, or all. The first columns are those of the import template (category and
 * regions by code), so an export can be edited and imported again; the contact phone is not among them: it leaves only
 * masked, in a later column. Every export is audited with its filter and its row count.
 */
@ApplicationScoped
public class SupplyExportService {

    /** An export stops after this many rows (and says so in the audit line). */
    public static final int MAX_ROWS = 100_000;

    private static final List<String> HEADERS_ZH = List.of("标题", "类别", "描述", "服务区域", "容量", "资金方式", "价格说明",
            "服务人群", "联系人", "联系电话", "发布", "编号", "供给ID", "合伙人ID", "合伙人", "类别名称", "服务区域名称", "状态",
            "已占用容量", "联系电话（隐去）", "创建时间", "更新时间", "发布时间");
    private static final List<String> HEADERS_EN = List.of("title", "category", "description", "serviceRegions",
            "capacity", "fundingMode", "priceNote", "targetGroups", "contactName", "contactPhone", "publish", "externalId",
            "id", "partnerId", "partner", "categoryName", "serviceRegionNames", "status", "capacityInUse",
            "contactPhoneMasked", "createdAt", "updatedAt", "publishedAt");

    @Inject
    SupplyService service;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    /** A checked export, ready to be written: its rights and filter were accepted. */
    public record Export(Actor actor, SupplyFilter filter) {}

    /**
     * Checks the rights and the filter before anything is written, so that a refusal or a bad filter is still a proper
     * error answer (403, 400 naming the parameter). A partner's user always gets its own organisation's list; naming
     * another partner is refused.
     */
    public Export prepare(Actor actor, SupplyFilter filter) {
        access.require(actor, Permission.EXPORT_SUPPLY);
        SupplyFilter chosen = filter;
        if (Permission.EDIT_SUPPLY.grantedTo(actor.role())) {
            Long own = actor.partnerId();
            if (own == null || (filter.partnerId() != null && !filter.partnerId().equals(own))) {
                access.deny(actor, "supply", filter.partnerId());
            }
            chosen = new SupplyFilter(filter.region(), filter.category(), filter.fundingMode(), filter.targetGroup(), own,
                    filter.status(), filter.q(), filter.updatedSince());
        }
        service.query(actor, chosen);
        return new Export(actor, chosen);
    }

    /** Writes the export page by page; returns the number of rows written. */
    public int write(Export export, Spreadsheet.Format format, Locale locale, OutputStream out) throws IOException {
        boolean english = SpreadsheetExport.english(locale);
        ResourceBundle labels = SpreadsheetExport.labels(english);
        return SpreadsheetExport.write(format, out, english ? HEADERS_EN : HEADERS_ZH, MAX_ROWS,
                page -> service.list(export.actor(), export.filter(), new PageRequest(page, SpreadsheetExport.PAGE)),
                item -> row(item, labels, english),
                written -> audit.record(export.actor(), AuditAction.DATA_EXPORTED, "supply", null, AuditOutcome.SUCCESS,
                        written.describe(format) + "; filter: " + describe(export.filter()))).rows();
    }

    private static List<Object> row(SupplyView s, ResourceBundle labels, boolean english) {
        String separator = english ? "," : "、";
        List<Object> cells = new ArrayList<>();
        cells.add(s.title());
        cells.add(s.category().code());
        cells.add(s.description());
        cells.add(s.serviceRegions().stream().map(CodedName::code).collect(Collectors.joining(separator)));
        cells.add(s.capacity());
        cells.add(SpreadsheetExport.label(labels, s.fundingMode()));
        cells.add(s.priceNote() == null ? "" : s.priceNote());
        cells.add(s.targetGroups().stream().sorted().map(g -> SpreadsheetExport.label(labels, g))
                .collect(Collectors.joining(separator)));
        cells.add(s.contactName() == null ? "" : s.contactName());
        cells.add(""); // the phone in clear never leaves in a list (see the masked column)
        cells.add("");
        cells.add("");
        cells.add(s.id());
        cells.add(s.partnerId());
        cells.add(s.partnerName() == null ? "" : s.partnerName());
        cells.add(s.category().name(english));
        cells.add(s.serviceRegions().stream().map(r -> r.name(english)).collect(Collectors.joining(separator)));
        cells.add(SpreadsheetExport.label(labels, s.status()));
        cells.add(s.capacityInUse());
        cells.add(s.contactPhoneMasked() == null ? "" : s.contactPhoneMasked());
        cells.add(SpreadsheetExport.time(s.createdAt()));
        cells.add(SpreadsheetExport.time(s.updatedAt()));
        cells.add(SpreadsheetExport.time(s.publishedAt()));
        return cells;
    }

    /** The filter's set parameters, as the audit line names them. */
    static String describe(SupplyFilter filter) {
        return SpreadsheetExport.describe(List.of("region", "category", "fundingMode", "targetGroup", "partner", "status",
                "q", "updatedSince"), filter.region(), filter.category(), filter.fundingMode(), filter.targetGroup(),
                filter.partnerId(), filter.status(), filter.q(), filter.updatedSince());
    }
}
