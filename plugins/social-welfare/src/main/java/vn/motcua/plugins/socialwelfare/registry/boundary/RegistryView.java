package vn.motcua.plugins.socialwelfare.registry.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.motcua.plugins.socialwelfare.SocialWelfarePlugin;
import vn.motcua.plugins.socialwelfare.rates.control.Months;
import vn.motcua.plugins.socialwelfare.rates.control.RateBook;
import vn.motcua.plugins.socialwelfare.rates.entity.BeneficiaryCategory;
import vn.motcua.plugins.socialwelfare.registry.entity.BeneficiaryStatus;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.context.OfficerContext;
import vn.motcua.spi.faces.PageMessages;
import vn.motcua.spi.registry.Registries;
import vn.motcua.spi.registry.RegistryTable;
import vn.motcua.spi.security.NotAuthorizedException;

/** Backs /p/social-welfare/registry.xhtml: the lazy registry table, the month's payment list, stopping an allowance. */
@Named("socialWelfareRegistry")
@ViewScoped
public class RegistryView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PageMessages messages;

    // Normal-scoped beans: the injected client proxies are serializable with the view.
    @Inject
    Registry registry;

    @Inject
    RateBook rates;

    @Inject
    OfficerContext officer;

    @Inject
    Registries registries;

    private String text;
    private Long categoryId;
    private BeneficiaryStatus status;
    private String month = Months.text(YearMonth.now());
    private Registry.MonthTotal monthTotal;
    private RegistryTable<BeneficiaryRow> model;

    private BeneficiaryRow stopping;
    private String stopMonth;
    private String stopReason;

    /** Checks the permission on opening (the facade checks it again on every query). */
    public void load() {
        if (!officer.permitted(SocialWelfarePlugin.BENEFICIARY_VIEW)) {
            throw new NotAuthorizedException(SocialWelfarePlugin.BENEFICIARY_VIEW);
        }
        model = registries.table(() -> Registry.query(filter()), BeneficiaryRow::id);
        refreshTotal();
    }

    public RegistryFilter filter() {
        return new RegistryFilter(text, categoryId, status);
    }

    /** Applies the month typed in the toolbar to the summary and the download link. */
    public void refreshTotal() {
        YearMonth chosen = Months.parse(month);
        if (chosen == null) {
            throw new DomainException("social-welfare.registry.monthInvalid");
        }
        month = Months.text(chosen);
        monthTotal = registry.monthTotal(chosen);
    }

    public String getPaymentListMonth() {
        YearMonth chosen = Months.parse(month);
        return chosen == null ? "" : chosen.toString();
    }

    public void startStop(BeneficiaryRow row) {
        stopping = row;
        stopMonth = Months.text(YearMonth.now());
        stopReason = null;
    }

    public void stop() {
        YearMonth last = Months.parse(stopMonth);
        if (last == null) {
            throw new DomainException("social-welfare.registry.monthInvalid");
        }
        // the version the row had when listed: a change by someone else in between is refused
        registry.stop(stopping.id(), stopping.version(), last, stopReason);
        stopping = null;
        refreshTotal();
        messages.info("social-welfare.registry.stopped");
    }

    public boolean permitted(String permission) {
        return officer.permitted(permission);
    }

    public List<BeneficiaryCategory> getCategories() {
        return rates.categories(false);
    }

    public BeneficiaryStatus[] getStatuses() {
        return BeneficiaryStatus.values();
    }

    public String money(long amount) {
        return Months.money(amount);
    }

    public String coefficient(BigDecimal value) {
        return Months.coefficient(value);
    }

    public String monthText(LocalDate firstDay) {
        return firstDay == null ? "" : Months.text(YearMonth.from(firstDay));
    }

    public String dayText(LocalDate day) {
        return Months.text(day);
    }

    public RegistryTable<BeneficiaryRow> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public BeneficiaryStatus getStatus() {
        return status;
    }

    public void setStatus(BeneficiaryStatus status) {
        this.status = status;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public Registry.MonthTotal getMonthTotal() {
        return monthTotal;
    }

    public BeneficiaryRow getStopping() {
        return stopping;
    }

    public String getStopMonth() {
        return stopMonth;
    }

    public void setStopMonth(String stopMonth) {
        this.stopMonth = stopMonth;
    }

    public String getStopReason() {
        return stopReason;
    }

    public void setStopReason(String stopReason) {
        this.stopReason = stopReason;
    }
}
