package org.partnerhub.domain.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.Sealed;

/**
 * Who an organisation is, as it told us: the part of an application that becomes the partner's profile. The contact
 * phone is personal data, stored sealed, with a masked copy for the public library and lists.
 */
@Embeddable
public class Organisation {

    public static final int NAME_MAX = 100;
    public static final int PERSON_MAX = 50;
    public static final int INTRODUCTION_MAX = 2000;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_type", nullable = false, length = 40)
    private PartnerType type;

    @Column(name = "credit_code", nullable = false, length = CreditCode.LENGTH)
    private String creditCode;

    @Column(name = "legal_representative", nullable = false, length = PERSON_MAX)
    private String legalRepresentative;

    @Column(name = "contact_name", nullable = false, length = PERSON_MAX)
    private String contactName;

    @Column(name = "contact_phone_sealed", nullable = false, length = 255)
    private Sealed contactPhoneSealed;

    @Column(name = "contact_phone_masked", nullable = false, length = 32)
    private String contactPhoneMasked;

    @Column(name = "home_region_code", nullable = false, length = RegionCode.MAX_LENGTH)
    private RegionCode homeRegionCode;

    @Column(name = "introduction", nullable = false, length = INTRODUCTION_MAX)
    private String introduction;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, PartnerType type, CreditCode creditCode, String legalRepresentative,
            String contactName, Sealed contactPhoneSealed, String contactPhoneMasked, RegionCode homeRegionCode,
            String introduction) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.creditCode = creditCode.value();
        this.legalRepresentative = Objects.requireNonNull(legalRepresentative);
        this.contactName = Objects.requireNonNull(contactName);
        this.contactPhoneSealed = Objects.requireNonNull(contactPhoneSealed);
        this.contactPhoneMasked = Objects.requireNonNull(contactPhoneMasked);
        this.homeRegionCode = Objects.requireNonNull(homeRegionCode);
        this.introduction = Objects.requireNonNull(introduction);
    }

    /** A copy with other contact details and introduction (what a partner may change without review). */
    public Organisation withContact(String newContactName, Sealed newPhoneSealed, String newPhoneMasked,
            String newIntroduction) {
        return new Organisation(name, type, creditCode(), legalRepresentative, newContactName, newPhoneSealed,
                newPhoneMasked, homeRegionCode, newIntroduction);
    }

    /** A copy with another name and credit code (what only a reviewed change may do). */
    public Organisation withIdentity(String newName, CreditCode newCreditCode) {
        return new Organisation(newName, type, newCreditCode, legalRepresentative, contactName, contactPhoneSealed,
                contactPhoneMasked, homeRegionCode, introduction);
    }

    /**
     * The fields that differ from {@code other}, as "field: old → new" lines. Phones are compared by their masked
     * form, so history never holds a full number (the service seals a new number only when it really changed).
     */
    public List<String> differencesFrom(Organisation other) {
        List<String> changes = new ArrayList<>();
        compare(changes, "name", other.name, name);
        compare(changes, "type", other.type, type);
        compare(changes, "creditCode", other.creditCode, creditCode);
        compare(changes, "legalRepresentative", other.legalRepresentative, legalRepresentative);
        compare(changes, "contactName", other.contactName, contactName);
        compare(changes, "contactPhone", other.contactPhoneMasked, contactPhoneMasked);
        compare(changes, "homeRegion", other.homeRegionCode, homeRegionCode);
        compare(changes, "introduction", other.introduction, introduction);
        return changes;
    }

    private static void compare(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + shorten(before) + " → " + shorten(after));
        }
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        int max = 60;
        return text.codePointCount(0, text.length()) > max ? text.substring(0, text.offsetByCodePoints(0, max)) + "…" : text;
    }

    public String getName() {
        return name;
    }

    public PartnerType getType() {
        return type;
    }

    public CreditCode creditCode() {
        return new CreditCode(creditCode);
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public String getContactName() {
        return contactName;
    }

    public Sealed getContactPhoneSealed() {
        return contactPhoneSealed;
    }

    public String getContactPhoneMasked() {
        return contactPhoneMasked;
    }

    public RegionCode getHomeRegionCode() {
        return homeRegionCode;
    }

    public String getIntroduction() {
        return introduction;
    }
}
