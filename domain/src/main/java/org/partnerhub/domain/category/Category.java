package org.partnerhub.domain.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A service domain (养老助餐, 邻里互助, …). Categories form a shallow tree: a top-level domain and, below it, the
 * more specific services that matching compares ("same category" beats "same parent" beats "none"). Seeded by a
 * migration; the parent is kept as a code, so the whole tree loads in one query.
 */
@Entity
@Table(name = "category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "code", nullable = false, unique = true, length = CategoryCode.MAX_LENGTH)
    private CategoryCode code;

    @Column(name = "parent_code", length = CategoryCode.MAX_LENGTH)
    private CategoryCode parentCode;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Category() {
        // for JPA
    }

    public static Category create(
            CategoryCode code, CategoryCode parentCode, String nameZh, String nameEn, int sortOrder, Instant now) {
        Category category = new Category();
        category.code = Objects.requireNonNull(code, "code");
        category.parentCode = parentCode;
        category.nameZh = Objects.requireNonNull(nameZh, "nameZh");
        category.nameEn = nameEn;
        category.sortOrder = sortOrder;
        category.updatedAt = now;
        return category;
    }

    public Long getId() {
        return id;
    }

    public CategoryCode getCode() {
        return code;
    }

    public CategoryCode getParentCode() {
        return parentCode;
    }

    public boolean isTopLevel() {
        return parentCode == null;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(boolean english) {
        return english && nameEn != null ? nameEn : nameZh;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
