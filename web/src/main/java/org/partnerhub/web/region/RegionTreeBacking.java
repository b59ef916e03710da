package org.partnerhub.web.region;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnerhub.application.region.RegionService;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionLevel;
import org.partnerhub.domain.region.RegionQuery;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.web.faces.LanguageBean;

/**
 * The region tree page ({@code /regions}, {@code /regions?code=510108}). Without a code it shows the cities and their
 * districts; with one, that region, the way down to it, and its children, each a link one level deeper. One level per
 * page keeps it light on a phone however large the imported tree becomes.
 */
@Named
@RequestScoped
public class RegionTreeBacking {

    /** A region on the page, with the number of regions below it. */
    public record Node(Region region, long childCount, List<Node> children) {}

    private static final int PAGE_SIZE = PageRequest.MAX_SIZE;

    @Inject
    RegionService regions;

    @Inject
    LanguageBean lang;

    private String code;
    private Region current;
    private List<Region> lineage = List.of();
    private List<Node> nodes = List.of();
    private long total;
    private boolean notFound;

    public void load() {
        if (code == null || code.isBlank()) {
            Page<Region> cities = regions.find(levelQuery(RegionLevel.CITY), PageRequest.first(PAGE_SIZE));
            Map<RegionCode, List<Region>> districtsByCity = new HashMap<>();
            for (Region district : regions.find(levelQuery(RegionLevel.DISTRICT), PageRequest.first(PAGE_SIZE)).items()) {
                districtsByCity.computeIfAbsent(district.getParentCode(), k -> new ArrayList<>()).add(district);
            }
            Map<RegionCode, Long> counts = regions.childCounts(cities.items().stream().map(Region::getCode).toList());
            total = cities.total();
            nodes = cities.items().stream()
                    .map(city -> new Node(city, counts.getOrDefault(city.getCode(), 0L),
                            withCounts(districtsByCity.getOrDefault(city.getCode(), List.of()))))
                    .toList();
            return;
        }
        try {
            current = regions.get(RegionCode.of(code));
        } catch (NotFoundException | InvalidValueException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        lineage = regions.lineage(current);
        Page<Region> children = regions.children(current.getCode(), PageRequest.first(PAGE_SIZE));
        total = children.total();
        nodes = withCounts(children.items());
    }

    private static RegionQuery levelQuery(RegionLevel level) {
        return new RegionQuery(level, null, null, null, null);
    }

    private List<Node> withCounts(List<Region> list) {
        Map<RegionCode, Long> counts = regions.childCounts(list.stream().map(Region::getCode).toList());
        return list.stream().map(r -> new Node(r, counts.getOrDefault(r.getCode(), 0L), List.of())).toList();
    }

    /** The region's name in the page's language. */
    public String name(Region region) {
        return region.name(lang.isEnglish());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Region getCurrent() {
        return current;
    }

    /** The regions above the current one, top first. */
    public List<Region> getAncestors() {
        return lineage.isEmpty() ? List.of() : lineage.subList(0, lineage.size() - 1);
    }

    public List<Node> getNodes() {
        return nodes;
    }

    public long getTotal() {
        return total;
    }

    /** More children than one page shows (a very large imported street, say). */
    public boolean isTruncated() {
        return total > nodes.size();
    }

    public boolean isNotFound() {
        return notFound;
    }
}
