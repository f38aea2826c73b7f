package vn.motcua.plugins.socialwelfare.application.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.motcua.plugins.socialwelfare.application.control.Eligibility;
import vn.motcua.plugins.socialwelfare.application.entity.AllowanceApplication;
import vn.motcua.plugins.socialwelfare.application.entity.HouseholdApplication;
import vn.motcua.plugins.socialwelfare.decision.entity.DecisionKind;
import vn.motcua.plugins.socialwelfare.rates.control.AllowanceQuote;
import vn.motcua.plugins.socialwelfare.rates.control.Months;
import vn.motcua.plugins.socialwelfare.rates.control.RateBook;
import vn.motcua.plugins.socialwelfare.rates.entity.Area;
import vn.motcua.plugins.socialwelfare.rates.entity.BeneficiaryCategory;
import vn.motcua.spi.DomainException;

/**
 * What the plugin's form and view fragments show besides the details themselves: the categories to choose from,
 * and previews computed with today's rates (the allowance it would be, where the household stands against the
 * poverty line). Read-only; the rates are public law.
 */
@Named("socialWelfareForms")
@RequestScoped
public class WelfareForms {

    @Inject
    RateBook rates;

    private List<BeneficiaryCategory> categories;

    /** Categories in use, in the order of the decree. */
    public List<BeneficiaryCategory> getCategories() {
        if (categories == null) {
            categories = rates.categories(true);
        }
        return categories;
    }

    public String categoryName(Long id) {
        return rates.category(id).map(BeneficiaryCategory::getName).orElse("");
    }

    /** "750.000 đ/tháng (500.000 × 1,5)" with this month's rates, or empty when it cannot be computed yet. */
    public String allowancePreview(AllowanceApplication details) {
        if (details == null || details.getCategoryId() == null) {
            return "";
        }
        try {
            AllowanceQuote quote = rates.quote(details.getCategoryId(), YearMonth.now());
            return Months.money(quote.amount()) + " đ/tháng (" + Months.money(quote.baseLevel()) + " × "
                    + Months.coefficient(quote.coefficient()) + ")";
        } catch (DomainException noRates) {
            return "";
        }
    }

    public String povertyLine(Area area) {
        try {
            return Months.money(rates.povertyLineOn(area == null ? Area.RURAL : area, LocalDate.now())
                    .getAmount());
        } catch (DomainException none) {
            return "";
        }
    }

    /** POOR_HOUSEHOLD, NEAR_POOR_HOUSEHOLD, or ABOVE_LINE with today's poverty line. */
    public String householdStanding(HouseholdApplication details) {
        if (details == null || details.getMembers().isEmpty()) {
            return "";
        }
        try {
            long line = rates.povertyLineOn(details.getArea() == null ? Area.RURAL : details.getArea(), LocalDate.now())
                    .getAmount();
            return Eligibility.standing(details, line).map(DecisionKind::name).orElse("ABOVE_LINE");
        } catch (DomainException noLine) {
            return "";
        }
    }

    public String money(Long amount) {
        return amount == null ? "" : Months.money(amount);
    }

    public Area[] getAreas() {
        return Area.values();
    }
}
