package org.partnerhub.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.discovery.DiscoveryService;
import org.partnerhub.application.discovery.SearchHit;
import org.partnerhub.application.discovery.SearchResults;
import org.partnerhub.domain.search.SearchKind;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.ApiTime;

/** One search across needs and partners (and supply items after the supply context joins), for anyone. */
@Path("v1/search")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "search")
public class SearchResource {

    static final int DEFAULT_SIZE = 20;

    @Inject
    DiscoveryService discovery;

    @Inject
    RequestActor actor;

    /** A hit: {@code kind} (need, partner, supply), the record's id, its title, the start of its text, and its API address. */
    public record HitDto(String kind, Long id, String title, String summary, int relevance, OffsetDateTime at,
            String href) {

        static HitDto of(SearchHit hit) {
            String kind = hit.kind().name().toLowerCase(Locale.ROOT);
            String collection = switch (hit.kind()) {
                case NEED -> "needs";
                case PARTNER -> "partners";
                case SUPPLY -> "supplies";
            };
            return new HitDto(kind, hit.id(), hit.title(), hit.summary(), hit.relevance(),
                    hit.at() == null ? null : ApiTime.of(hit.at()), "/api/v1/" + collection + "/" + hit.id());
        }
    }

    /** How many hits a kind has in all. */
    public record KindTotal(String kind, long total) {}

    /** The list envelope, with each kind's total beside the sum. */
    public record SearchDto(List<HitDto> items, int page, int size, long total, List<KindTotal> totals) {}

    @GET
    @Operation(operationId = "search", summary = "Search needs, supply items and partners", description = "q: the text (Chinese needs no spaces; every word "
            + "must occur in a record's title or text, as written); kinds: need,supply,partner (default all); size: how many "
            + "hits (at most 50), the most relevant of all kinds first (a whole-title match, then words in the title, "
            + "then newer). Each kind keeps its visibility: published needs for everyone, more for those who may read "
            + "them; the public catalogue's supply items; partners of the public library only.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    public SearchDto search(@QueryParam("q") String q, @QueryParam("kinds") String kinds, @QueryParam("size") String size) {
        Integer wanted = Params.integer("size", size);
        if (wanted != null && (wanted < 1 || wanted > DiscoveryService.MAX_SIZE)) {
            throw InvalidInputException.of("size", "page.size.range", DiscoveryService.MAX_SIZE);
        }
        SearchResults results = discovery.search(actor.get(), Params.text(q), kinds(kinds),
                wanted == null ? DEFAULT_SIZE : wanted);
        List<KindTotal> totals = results.totals().entrySet().stream()
                .map(e -> new KindTotal(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue())).toList();
        return new SearchDto(results.hits().stream().map(HitDto::of).toList(), 0,
                wanted == null ? DEFAULT_SIZE : wanted, results.total(), totals);
    }

    static List<SearchKind> kinds(String raw) {
        List<SearchKind> kinds = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return kinds;
        }
        for (String part : raw.split(",")) {
            if (!part.isBlank()) {
                kinds.add(Params.enumeration(SearchKind.class, "kinds", part));
            }
        }
        return kinds;
    }
}
