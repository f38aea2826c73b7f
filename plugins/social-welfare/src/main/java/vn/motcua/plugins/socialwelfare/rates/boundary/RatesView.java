package vn.motcua.plugins.socialwelfare.rates.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.plugins.socialwelfare.SocialWelfarePlugin;
import vn.motcua.plugins.socialwelfare.rates.control.InForce;
import vn.motcua.plugins.socialwelfare.rates.control.Months;
import vn.motcua.plugins.socialwelfare.rates.entity.Area;
import vn.motcua.plugins.socialwelfare.rates.entity.BaseLevel;
import vn.motcua.plugins.socialwelfare.rates.entity.BeneficiaryCategory;
import vn.motcua.plugins.socialwelfare.rates.entity.CategoryCoefficient;
import vn.motcua.plugins.socialwelfare.rates.entity.Dated;
import vn.motcua.plugins.socialwelfare.rates.entity.PovertyLine;
import vn.motcua.spi.context.OfficerContext;
import vn.motcua.spi.faces.PageMessages;

/** Backs /p/social-welfare/rates.xhtml: the three rate histories and the categories, with their edit dialogs. */
@Named("socialWelfareRates")
@ViewScoped
public class RatesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PageMessages messages;

    @Inject
    RateAdministration administration;

    @Inject
    OfficerContext officer;

    private List<BaseLevel> baseLevels;
    private List<BeneficiaryCategory> categories;
    private List<PovertyLine> povertyLines;

    // the "new row" dialogs
    private Long amount;
    private LocalDate from;
    private String legalBasis;
    private BigDecimal coefficient;
    private Area area = Area.RURAL;
    private Long categoryId;
    private BeneficiaryCategory category;

    public void load() {
        baseLevels = administration.baseLevels();
        categories = administration.categories();
        povertyLines = administration.povertyLines();
    }

    public boolean isEditable() {
        return officer.permitted(SocialWelfarePlugin.RATES_EDIT);
    }

    /** Clears the dialog fields before a dialog opens. */
    public void startNew(Long forCategory) {
        amount = null;
        from = LocalDate.now().withDayOfMonth(1).plusMonths(1);
        legalBasis = null;
        coefficient = null;
        area = Area.RURAL;
        categoryId = forCategory;
    }

    public void addBaseLevel() {
        administration.addBaseLevel(amount, from, legalBasis);
        saved();
    }

    public void removeBaseLevel(BaseLevel row) {
        administration.removeBaseLevel(row.getId());
        saved();
    }

    public void addCoefficient() {
        administration.addCoefficient(categoryId, coefficient, from, legalBasis);
        saved();
    }

    public void removeCoefficient(BeneficiaryCategory owner, CategoryCoefficient row) {
        administration.removeCoefficient(owner.getId(), row.getId());
        saved();
    }

    public void addPovertyLine() {
        administration.addPovertyLine(area, amount, from, legalBasis);
        saved();
    }

    public void removePovertyLine(PovertyLine row) {
        administration.removePovertyLine(row.getId());
        saved();
    }

    public void createCategory() {
        startNew(null);
        category = new BeneficiaryCategory();
        category.setPosition(categories.stream()
                        .mapToInt(BeneficiaryCategory::getPosition)
                        .max()
                        .orElse(0)
                + 1);
    }

    public void editCategory(BeneficiaryCategory row) {
        startNew(null);
        category = row;
    }

    public void saveCategory() {
        administration.saveCategory(category, coefficient, from, legalBasis);
        category = null;
        saved();
    }

    /** Whether a row is the one in force today (shown in bold). */
    public boolean inForce(BaseLevel row) {
        return InForce.on(baseLevels, LocalDate.now()).filter(row::equals).isPresent();
    }

    public boolean inForce(PovertyLine row) {
        return InForce.on(
                        povertyLines.stream()
                                .filter(p -> p.getArea() == row.getArea())
                                .toList(),
                        LocalDate.now())
                .filter(row::equals)
                .isPresent();
    }

    public boolean inForce(BeneficiaryCategory owner, CategoryCoefficient row) {
        return owner.coefficientOn(LocalDate.now()).filter(row::equals).isPresent();
    }

    public boolean future(Dated row) {
        return row.getEffectiveFrom().isAfter(LocalDate.now());
    }

    /** "0–3", "≥ 60", "< 4" or a dash for no limit. */
    public String ages(BeneficiaryCategory c) {
        if (c.getMinAge() == null && c.getMaxAge() == null) {
            return "—";
        }
        if (c.getMinAge() != null && c.getMaxAge() != null) {
            return c.getMinAge() + "–" + (c.getMaxAge() - 1);
        }
        return c.getMinAge() != null ? "≥ " + c.getMinAge() : "< " + c.getMaxAge();
    }

    public String money(long amount) {
        return Months.money(amount);
    }

    public String coefficientText(BigDecimal value) {
        return Months.coefficient(value);
    }

    public Area[] getAreas() {
        return Area.values();
    }

    private void saved() {
        load();
        messages.info("common.saved");
    }

    public List<BaseLevel> getBaseLevels() {
        return baseLevels;
    }

    public List<BeneficiaryCategory> getCategories() {
        return categories;
    }

    public List<PovertyLine> getPovertyLines() {
        return povertyLines;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    public void setCoefficient(BigDecimal coefficient) {
        this.coefficient = coefficient;
    }

    public Area getArea() {
        return area;
    }

    public void setArea(Area area) {
        this.area = area;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public BeneficiaryCategory getCategory() {
        return category;
    }
}
