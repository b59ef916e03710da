package org.partnerhub.web.matching;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnerhub.application.matching.Counterpart;
import org.partnerhub.application.matching.MatchService;
import org.partnerhub.application.matching.MatchView;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.Messages;
import org.partnerhub.domain.shared.Money;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.Languages;

/**
 * The matches shown on the need and supply pages (top 10, with readable reasons and, for the need's staff or the
 * item's partner, a link to propose a cooperation). Read once per request.
 */
@Named
@RequestScoped
public class MatchesBacking {

    private static final Logger LOG = Logger.getLogger(MatchesBacking.class.getName());
    static final int SHOWN = 10;

    @Inject
    MatchService matches;

    @Inject
    RequestActor actor;

    private List<Row> rows;

    /** A reason as the page shows it. */
    public record Reason(String code, String text) {}

    /** A match as the page shows it. */
    public record Row(Long needId, Long supplyId, Long counterpartId, int score, String title, String link, String detail,
            List<Reason> reasons, boolean mayPropose) {}

    public List<Row> forNeed(Long needId) {
        if (rows == null) {
            rows = read(() -> matches.forNeed(actor.get(), needId, SHOWN));
        }
        return rows;
    }

    public List<Row> forSupply(Long supplyId) {
        if (rows == null) {
            rows = read(() -> matches.forSupply(actor.get(), supplyId, SHOWN));
        }
        return rows;
    }

    private List<Row> read(java.util.function.Supplier<List<MatchView>> query) {
        try {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            return query.get().stream().map(m -> row(m, locale)).toList();
        } catch (BusinessException e) {
            // the page shows the record itself and its own message; no matches is the quiet answer here
            LOG.log(Level.FINE, "No matches shown", e);
            return List.of();
        }
    }

    private static Row row(MatchView m, Locale locale) {
        Counterpart c = m.counterpart();
        boolean english = Languages.isEnglish(locale);
        String category = c.category() == null ? "" : c.category().name(english);
        String detail;
        String link;
        if (c.kind() == Counterpart.Kind.SUPPLY) {
            link = "/supply?id=" + c.id();
            detail = joined(c.partnerName(), category,
                    Messages.format(locale, "enum.FundingMode." + c.fundingMode().name()));
        } else {
            link = "/need?id=" + c.id();
            detail = joined(c.community() == null ? null : c.community().name(english), category,
                    Messages.format(locale, "enum.FundingMode." + c.fundingMode().name()),
                    c.budgetFen() == null || c.budgetFen() == 0 ? null : "¥" + Money.yuan(c.budgetFen()));
        }
        return new Row(m.needId(), m.supplyId(), c.id(), m.score(), c.title(), link, detail,
                m.reasons().stream().map(r -> new Reason(r.code().name(), r.message().render(locale))).toList(),
                m.mayPropose());
    }

    private static String joined(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(java.util.stream.Collectors.joining(" · "));
    }
}
