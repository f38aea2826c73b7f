package vn.motcua.plugins.socialwelfare.rates.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.plugins.socialwelfare.rates.entity.Area;
import vn.motcua.plugins.socialwelfare.rates.entity.BaseLevel;
import vn.motcua.plugins.socialwelfare.rates.entity.BeneficiaryCategory;
import vn.motcua.plugins.socialwelfare.rates.entity.PovertyLine;
import vn.motcua.spi.DomainException;

/**
 * Reads the rates (base level, categories and coefficients, poverty lines) for the plugin's rules. Joins the
 * caller's transaction; rates are few rows, read fresh each time so an admin's change applies at once on every
 * server.
 */
@ApplicationScoped
@Transactional
public class RateBook {

    @PersistenceContext
    EntityManager em;

    public List<BaseLevel> baseLevels() {
        return em.createQuery("select b from SocialWelfareBaseLevel b order by b.effectiveFrom", BaseLevel.class)
                .getResultList();
    }

    public List<PovertyLine> povertyLines() {
        return em.createQuery(
                        "select p from SocialWelfarePovertyLine p order by p.area, p.effectiveFrom", PovertyLine.class)
                .getResultList();
    }

    public List<BeneficiaryCategory> categories(boolean activeOnly) {
        // Few rows: filtered here rather than with a boolean literal in JPQL (see docs/STACK.md).
        return em.createQuery(
                        "select c from SocialWelfareBeneficiaryCategory c order by c.position, c.name",
                        BeneficiaryCategory.class)
                .getResultStream()
                .filter(c -> c.isActive() || !activeOnly)
                .toList();
    }

    public Optional<BeneficiaryCategory> category(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(BeneficiaryCategory.class, id));
    }

    /** The allowance of a category for a month; refuses when a rate is missing for that month. */
    public AllowanceQuote quote(long categoryId, YearMonth month) {
        BeneficiaryCategory category = category(categoryId)
                .orElseThrow(() -> new DomainException("social-welfare.allowance.category.required"));
        return AllowanceQuote.of(month, baseLevels(), category.getCoefficients());
    }

    /** Every category's monthly amount for a month (categories without rates that month are left out). */
    public Map<Long, AllowanceQuote> quotes(YearMonth month) {
        List<BaseLevel> bases = baseLevels();
        var quotes = new HashMap<Long, AllowanceQuote>();
        if (InForce.in(bases, month).isEmpty()) {
            return quotes;
        }
        for (BeneficiaryCategory category : categories(false)) {
            if (InForce.in(category.getCoefficients(), month).isPresent()) {
                quotes.put(category.getId(), AllowanceQuote.of(month, bases, category.getCoefficients()));
            }
        }
        return quotes;
    }

    /** The poverty line of an area on a day; refuses when none is in force. */
    public PovertyLine povertyLineOn(Area area, LocalDate day) {
        return InForce.on(
                        povertyLines().stream().filter(p -> p.getArea() == area).toList(), day)
                .orElseThrow(() -> new DomainException("social-welfare.rates.noPovertyLine", Months.text(day)));
    }
}
