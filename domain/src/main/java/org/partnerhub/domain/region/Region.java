package org.partnerhub.domain.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.Text;

/**
 * A node of the administrative tree: city → district/county → street/town → community/village.
 *
 * <p>The materialised {@code path} ({@code /510100/510108/510108-4K2M9Q/}) lets any context ask "is this community
 * inside that street?" with one indexed prefix comparison, which record-level authorisation and matching need on
 * every request. A region never moves to another parent: its path, and the scope of everything recorded under it,
 * would change silently.
 */
@Entity
@Table(name = "region")
public class Region {

    public static final int NAME_ZH_MAX = 100;
    public static final int NAME_EN_MAX = 200;
    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "code", nullable = false, unique = true, length = RegionCode.MAX_LENGTH)
    private RegionCode code;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private RegionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_level", nullable = false, length = 16)
    private RegionLevel level;

    @Column(name = "name_zh", nullable = false, length = NAME_ZH_MAX)
    private String nameZh;

    @Column(name = "name_en", length = NAME_EN_MAX)
    private String nameEn;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Region parent;

    @Column(name = "parent_code", length = RegionCode.MAX_LENGTH)
    private RegionCode parentCode;

    @Column(name = "path", nullable = false, length = 255)
    private String path;

    /** Where the region stands among its siblings: the order in which it was first imported. */
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Region() {
        // for JPA
    }

    /** A new region under {@code parent} (which must sit one level higher), or a new top-level city. */
    public static Region create(RegionCode code, RegionKind kind, String nameZh, String nameEn, Region parent,
            String note, int sortOrder, Instant now) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(now, "now");
        checkParent(kind, parent);
        Region region = new Region();
        region.code = code;
        region.kind = kind;
        region.level = kind.level();
        region.parent = parent;
        region.parentCode = parent == null ? null : parent.code;
        region.path = (parent == null ? "/" : parent.path) + code.value() + "/";
        region.setTexts(nameZh, nameEn, note);
        region.sortOrder = sortOrder;
        region.createdAt = now;
        region.updatedAt = now;
        return region;
    }

    /**
     * Applies a re-imported row to this region: names, note and the kind (within the same level) may change; the
     * parent and the level may not. Returns whether anything changed, so unchanged rows keep their change time and
     * an integrator's {@code updatedSince} sync does not fetch them again.
     */
    public boolean reimport(RegionKind newKind, String newNameZh, String newNameEn, Region newParent, String newNote,
            Instant now) {
        Objects.requireNonNull(newKind, "kind");
        if (newKind.level() != level) {
            throw new RuleViolationException(Message.of("region.level.changed", code.value(), level, newKind.level()));
        }
        RegionCode newParentCode = newParent == null ? null : newParent.code;
        if (!Objects.equals(newParentCode, parentCode)) {
            throw new RuleViolationException(Message.of("region.parent.changed", code.value(),
                    parentCode == null ? "-" : parentCode.value(), newParentCode == null ? "-" : newParentCode.value()));
        }
        String cleanZh = Text.clean(newNameZh);
        String cleanEn = Text.clean(newNameEn);
        String cleanNote = Text.clean(newNote);
        boolean changed = newKind != kind
                || !Objects.equals(cleanZh, nameZh)
                || !Objects.equals(cleanEn, nameEn)
                || !Objects.equals(cleanNote, note);
        if (changed) {
            kind = newKind;
            setTexts(newNameZh, newNameEn, newNote);
            updatedAt = now;
        }
        return changed;
    }

    /** Whether this region is {@code other} or lies anywhere below it. */
    public boolean isWithin(Region other) {
        return path.startsWith(other.path);
    }

    /** The codes from the top of the tree down to this region, this one last. */
    public List<RegionCode> lineage() {
        List<RegionCode> codes = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                codes.add(new RegionCode(part));
            }
        }
        return codes;
    }

    private static void checkParent(RegionKind kind, Region parent) {
        RegionLevel expected = kind.level().parentLevel();
        if (expected == null && parent != null) {
            throw new RuleViolationException(Message.of("region.parent.notAllowed", kind));
        }
        if (expected != null && parent == null) {
            throw new RuleViolationException(Message.of("region.parent.required", kind));
        }
        if (expected != null && parent.level != expected) {
            throw new RuleViolationException(
                    Message.of("region.parent.level", kind, parent.nameZh, parent.level, expected));
        }
    }

    private void setTexts(String rawNameZh, String rawNameEn, String rawNote) {
        List<FieldError> errors = new ArrayList<>();
        String zh = Text.clean(rawNameZh);
        String en = Text.clean(rawNameEn);
        String cleanNote = Text.clean(rawNote);
        if (zh == null) {
            errors.add(FieldError.of("nameZh", "region.name.blank"));
        } else if (Text.length(zh) > NAME_ZH_MAX) {
            errors.add(FieldError.of("nameZh", "text.tooLong", NAME_ZH_MAX));
        }
        if (Text.length(en) > NAME_EN_MAX) {
            errors.add(FieldError.of("nameEn", "text.tooLong", NAME_EN_MAX));
        }
        if (Text.length(cleanNote) > NOTE_MAX) {
            errors.add(FieldError.of("note", "text.tooLong", NOTE_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        nameZh = zh;
        nameEn = en;
        note = cleanNote;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public RegionCode getCode() {
        return code;
    }

    public RegionKind getKind() {
        return kind;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the reader's language: English when asked and known, Chinese otherwise. */
    public String name(boolean english) {
        return english && nameEn != null ? nameEn : nameZh;
    }

    public String getNote() {
        return note;
    }

    public Region getParent() {
        return parent;
    }

    public RegionCode getParentCode() {
        return parentCode;
    }

    public String getPath() {
        return path;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return "Region[" + code + " " + nameZh + "]";
    }
}
