package org.partnerhub.web.need;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.partnerhub.application.need.FundService;
import org.partnerhub.application.need.FundView;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.DistrictTime;
import org.partnerhub.domain.shared.Money;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.faces.LanguageBean;
import org.partnerhub.web.faces.NumberInput;
import org.partnerhub.web.security.RequestActor;

/**
 * The communities' yearly funds ({@code /admin/funds}): for district administrators every community of the district,
 * for street staff their street's, each with the amount set, what its needs hold and what is left; and the form that
 * sets one community's amount for the year shown.
 */
@Named
@ViewScoped
public class FundsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "fund";

    private static final Map<String, String> INPUTS = Map.of("amountFen", "amount");

    @Inject
    transient FundService funds;

    @Inject
    transient RequestActor actor;

    @Inject
    transient Clock clock;

    @Inject
    transient LanguageBean lang;

    private String year;
    private String region;
    private int shownYear;
    private List<FundView> list = List.of();
    private String communityCode;
    private String amount;

    public void load() {
        ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                .setHeader("Cache-Control", "no-store");
        shownYear = DistrictTime.year(clock.instant());
        if (year != null && !year.isBlank()) {
            try {
                shownYear = Integer.parseInt(year.strip());
            } catch (NumberFormatException e) {
                Forms.error("funds.badYear", year);
            }
        }
        refresh();
    }

    private void refresh() {
        try {
            list = funds.list(actor.get(), region == null || region.isBlank() ? null : region.strip(), shownYear);
        } catch (BusinessException e) {
            Forms.report(e, "filters");
            list = List.of();
        }
    }

    public void set() {
        Long fen;
        try {
            fen = NumberInput.yuanToFen(amount);
        } catch (NumberFormatException e) {
            Forms.fieldError(FORM, "amount", "need.budget.unreadable");
            return;
        }
        try {
            FundView saved = funds.set(actor.get(), communityCode, shownYear, fen);
            refresh();
            Forms.info("funds.saved", saved.community().name(lang.isEnglish()), String.valueOf(saved.year()),
                    Money.yuan(saved.amountFen()));
            amount = null;
        } catch (BusinessException e) {
            Forms.report(e, FORM, INPUTS);
        }
    }

    /** The sum of the amounts, holdings and remainders shown. */
    public long getTotalAmount() {
        return list.stream().mapToLong(f -> f.amountFen() == null ? 0 : f.amountFen()).sum();
    }

    public long getTotalEarmarked() {
        return list.stream().mapToLong(FundView::earmarkedFen).sum();
    }

    public long getTotalRemaining() {
        return list.stream().mapToLong(FundView::remainingFen).sum();
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public int getShownYear() {
        return shownYear;
    }

    public List<FundView> getList() {
        return list;
    }

    public String getCommunityCode() {
        return communityCode;
    }

    public void setCommunityCode(String communityCode) {
        this.communityCode = communityCode;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }
}
