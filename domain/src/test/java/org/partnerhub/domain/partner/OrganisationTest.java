package org.partnerhub.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerhub.domain.partner.PartnerFixtures.CREDIT_CODE;
import static org.partnerhub.domain.partner.PartnerFixtures.NAME;
import static org.partnerhub.domain.partner.PartnerFixtures.OTHER_CREDIT_CODE;
import static org.partnerhub.domain.partner.PartnerFixtures.organisation;

import org.junit.jupiter.api.Test;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.Sealed;

class OrganisationTest {

    private final Organisation original = organisation();

    @Test
    void anOrganisationDiffersFromAnEqualOneInNothing() {
        assertThat(organisation().differencesFrom(original)).isEmpty();
        assertThat(original.differencesFrom(original)).isEmpty();
    }

    @Test
    void onlyTheChangedFieldsAreListedAsOldArrowNew() {
        Organisation edited = original.withContact("王五", new Sealed("v1:y"), "139****9000", "新的介绍");

        assertThat(edited.differencesFrom(original)).containsExactly(
                "contactName: 李四 → 王五",
                "contactPhone: 138****8000 → 139****9000",
                "introduction: 介绍 → 新的介绍");
    }

    @Test
    void theArgumentIsTheOldSide() {
        Organisation edited = original.withContact("王五", new Sealed("v1:x"), "138****8000", "介绍");

        assertThat(original.differencesFrom(edited)).containsExactly("contactName: 王五 → 李四");
    }

    @Test
    void everyFieldIsComparedInAFixedOrder() {
        Organisation other = new Organisation("另一家机构", PartnerType.VOLUNTEER_TEAM, OTHER_CREDIT_CODE, "赵六", "钱七",
                new Sealed("v1:z"), "137****7000", RegionCode.of("510104"), "别的介绍");

        assertThat(other.differencesFrom(original)).containsExactly(
                "name: 成都市某某社会工作服务中心 → 另一家机构",
                "type: SOCIAL_ORGANIZATION → VOLUNTEER_TEAM",
                "creditCode: 91350100M000100Y43 → 91510108MA6C000009",
                "legalRepresentative: 张三 → 赵六",
                "contactName: 李四 → 钱七",
                "contactPhone: 138****8000 → 137****7000",
                "homeRegion: 510108 → 510104",
                "introduction: 介绍 → 别的介绍");
    }

    @Test
    void phonesAreComparedByTheirMaskedFormAndTheSealedValueNeverAppears() {
        Organisation resealed = original.withContact("李四", new Sealed("v2:another-ciphertext"), "138****8000", "介绍");
        assertThat(resealed.differencesFrom(original)).isEmpty();

        Organisation newPhone = original.withContact("李四", new Sealed("v2:another-ciphertext"), "139****9000", "介绍");
        assertThat(newPhone.differencesFrom(original)).singleElement().asString()
                .isEqualTo("contactPhone: 138****8000 → 139****9000")
                .doesNotContain("v1:x")
                .doesNotContain("another-ciphertext");
    }

    @Test
    void longValuesAreShortenedToSixtyCharacters() {
        String longIntroduction = "一二三四五六七八九十".repeat(7);
        Organisation edited = original.withContact("李四", new Sealed("v1:x"), "138****8000", longIntroduction);

        assertThat(edited.differencesFrom(original))
                .containsExactly("introduction: 介绍 → " + "一二三四五六七八九十".repeat(6) + "…");
    }

    @Test
    void aValueOfExactlySixtyCharactersIsNotShortened() {
        String sixty = "介".repeat(60);
        Organisation edited = original.withContact("李四", new Sealed("v1:x"), "138****8000", sixty);

        assertThat(edited.differencesFrom(original)).containsExactly("introduction: 介绍 → " + sixty);
    }

    @Test
    void shorteningCountsAnEmojiAsOneCharacterAndNeverSplitsIt() {
        Organisation edited = original.withContact("李四", new Sealed("v1:x"), "138****8000", "😀".repeat(61));

        assertThat(edited.differencesFrom(original)).containsExactly("introduction: 介绍 → " + "😀".repeat(60) + "…");
    }

    @Test
    void withContactReplacesContactAndIntroductionAndKeepsTheRest() {
        Organisation edited = original.withContact("王五", new Sealed("v1:y"), "139****9000", "新的介绍");

        assertThat(edited.getContactName()).isEqualTo("王五");
        assertThat(edited.getContactPhoneSealed()).isEqualTo(new Sealed("v1:y"));
        assertThat(edited.getContactPhoneMasked()).isEqualTo("139****9000");
        assertThat(edited.getIntroduction()).isEqualTo("新的介绍");
        assertThat(edited.getName()).isEqualTo(NAME);
        assertThat(edited.getType()).isEqualTo(PartnerType.SOCIAL_ORGANIZATION);
        assertThat(edited.creditCode()).isEqualTo(CREDIT_CODE);
        assertThat(edited.getLegalRepresentative()).isEqualTo("张三");
        assertThat(edited.getHomeRegionCode()).isEqualTo(RegionCode.of("510108"));
        assertThat(original.getContactName()).isEqualTo("李四");
    }

    @Test
    void withIdentityReplacesNameAndCreditCodeAndKeepsTheRest() {
        Organisation renamed = original.withIdentity("新名称服务中心", OTHER_CREDIT_CODE);

        assertThat(renamed.getName()).isEqualTo("新名称服务中心");
        assertThat(renamed.getCreditCode()).isEqualTo("91510108MA6C000009");
        assertThat(renamed.differencesFrom(original)).containsExactly(
                "name: 成都市某某社会工作服务中心 → 新名称服务中心",
                "creditCode: 91350100M000100Y43 → 91510108MA6C000009");
        assertThat(renamed.getContactPhoneSealed()).isEqualTo(new Sealed("v1:x"));
        assertThat(renamed.getContactPhoneMasked()).isEqualTo("138****8000");
        assertThat(renamed.getIntroduction()).isEqualTo("介绍");
        assertThat(original.getName()).isEqualTo(NAME);
    }

    @Test
    void everyFieldIsRequired() {
        assertThatThrownBy(() -> original.withContact(null, new Sealed("v1:x"), "138****8000", "介绍"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> original.withContact("李四", null, "138****8000", "介绍"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> original.withContact("李四", new Sealed("v1:x"), "138****8000", null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> original.withIdentity(null, CREDIT_CODE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> original.withIdentity(NAME, null)).isInstanceOf(NullPointerException.class);
    }
}
