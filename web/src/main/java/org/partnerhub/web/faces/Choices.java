package org.partnerhub.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerhub.application.category.CategoryService;
import org.partnerhub.application.region.RegionService;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.category.CategoryTree;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.need.PainPointStatus;
import org.partnerhub.domain.need.SourceChannel;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.need.VisitFormat;
import org.partnerhub.domain.partner.PartnerType;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionLevel;
import org.partnerhub.domain.shared.DistrictTime;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.web.security.RequestActor;

/**
 * The options of the pickers every form shares: regions and categories in tree order, the communities and streets a
 * user may record for, partner types and the need context's enums.
 */
@Named
@RequestScoped
public class Choices {

    /** An option: its value, and its label indented by its depth in the tree. */
    public record Option(String value, String label) {}

    @Inject
    RegionService regions;

    @Inject
    CategoryService categories;

    @Inject
    LanguageBean lang;

    @Inject
    RequestActor actor;

    @Inject
    Clock clock;

    private List<Option> regionOptions;
    private List<Option> categoryOptions;
    private List<Region> tree;

    public List<Option> getRegions() {
        if (regionOptions == null) {
            regionOptions = new ArrayList<>();
            for (Region region : tree()) {
                int depth = region.getLevel().ordinal();
                regionOptions.add(new Option(region.getCode().value(), "\u3000".repeat(depth) + region.name(lang.isEnglish())));
            }
        }
        return regionOptions;
    }

    public List<Option> getCategories() {
        if (categoryOptions == null) {
            categoryOptions = new ArrayList<>();
            for (CategoryTree.Node root : categories.tree().roots()) {
                add(root, 0);
            }
        }
        return categoryOptions;
    }

    private void add(CategoryTree.Node node, int depth) {
        categoryOptions.add(new Option(node.category().getCode().value(),
                "\u3000".repeat(depth) + node.category().name(lang.isEnglish())));
        node.children().forEach(child -> add(child, depth + 1));
    }

    public PartnerType[] getPartnerTypes() {
        return PartnerType.values();
    }

    /**
     * The communities (and villages) a new need or visit may belong to, grouped by their street: staff get those of
     * their own region, everyone else (partners) every one.
     */
    public List<SelectItem> getCommunities() {
        Map<RegionCode, Region> byCode = new HashMap<>();
        Map<RegionCode, List<SelectItem>> byStreet = new LinkedHashMap<>();
        for (Region region : tree()) {
            byCode.put(region.getCode(), region);
            if (region.getLevel() == RegionLevel.COMMUNITY && scoped(region)) {
                byStreet.computeIfAbsent(region.getParentCode(), k -> new ArrayList<>())
                        .add(new SelectItem(region.getCode().value(), region.name(lang.isEnglish())));
            }
        }
        List<SelectItem> groups = new ArrayList<>();
        byStreet.forEach((street, items) -> {
            Region parent = byCode.get(street);
            groups.add(new SelectItemGroup(parent == null ? street.value() : parent.name(lang.isEnglish()), null, false,
                    items.toArray(SelectItem[]::new)));
        });
        return groups;
    }

    /** The streets (and towns) a user may publish pain points for: a street's staff their own. */
    public List<Option> getStreets() {
        List<Option> streets = new ArrayList<>();
        for (Region region : tree()) {
            if (region.getLevel() == RegionLevel.STREET && scoped(region)) {
                streets.add(new Option(region.getCode().value(), region.name(lang.isEnglish())));
            }
        }
        return streets;
    }

    /** Districts, streets and communities in tree order, indented: the region filter of the need context's lists. */
    public List<Option> getLocalRegions() {
        List<Option> options = new ArrayList<>();
        for (Region region : tree()) {
            if (region.getLevel() != RegionLevel.CITY) {
                int depth = region.getLevel().ordinal() - RegionLevel.DISTRICT.ordinal();
                options.add(new Option(region.getCode().value(), "\u3000".repeat(depth) + region.name(lang.isEnglish())));
            }
        }
        return options;
    }

    /**
     * Every district, street and community of every city, grouped by city and indented by level: the regions a supply
     * item may serve, in any mix (a cross-region partner names other cities' districts).
     */
    public List<SelectItem> getServiceRegions() {
        List<SelectItem> groups = new ArrayList<>();
        String city = null;
        List<SelectItem> items = new ArrayList<>();
        for (Region region : tree()) {
            if (region.getLevel() == RegionLevel.CITY) {
                if (city != null && !items.isEmpty()) {
                    groups.add(new SelectItemGroup(city, null, false, items.toArray(SelectItem[]::new)));
                }
                city = region.name(lang.isEnglish());
                items = new ArrayList<>();
                continue;
            }
            int depth = region.getLevel().ordinal() - RegionLevel.DISTRICT.ordinal();
            items.add(new SelectItem(region.getCode().value(), "\u3000".repeat(depth) + region.name(lang.isEnglish())));
        }
        if (city != null && !items.isEmpty()) {
            groups.add(new SelectItemGroup(city, null, false, items.toArray(SelectItem[]::new)));
        }
        return groups;
    }

    public org.partnerhub.domain.supply.SupplyStatus[] getSupplyStatuses() {
        return org.partnerhub.domain.supply.SupplyStatus.values();
    }

    /** Whether a record may be made for {@code region}: staff within their region, partners anywhere. */
    private boolean scoped(Region region) {
        Actor me = actor.get();
        return me.is(Role.PARTNER) || me.regionPath() == null || me.covers(region);
    }

    private List<Region> tree() {
        if (tree == null) {
            tree = regions.allInTreeOrder();
        }
        return tree;
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public FundingMode[] getFundingModes() {
        return FundingMode.values();
    }

    /** The channels a person may name (spreadsheet imports name their own). */
    public List<SourceChannel> getChannels() {
        return Arrays.stream(SourceChannel.values()).filter(c -> c != SourceChannel.IMPORT).toList();
    }

    public SourceChannel[] getAllChannels() {
        return SourceChannel.values();
    }

    public TargetGroup[] getTargetGroups() {
        return TargetGroup.values();
    }

    public VisitFormat[] getVisitFormats() {
        return VisitFormat.values();
    }

    public NeedStatus[] getNeedStatuses() {
        return NeedStatus.values();
    }

    public PainPointStatus[] getPainPointStatuses() {
        return PainPointStatus.values();
    }

    /** The fund years a need or a fund may name: last year, this year and next year in the district. */
    public List<Integer> getFundYears() {
        int now = DistrictTime.year(clock.instant());
        return List.of(now - 1, now, now + 1);
    }
}
