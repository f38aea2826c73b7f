package vn.motcua.plugins.socialwelfare.rates.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.plugins.socialwelfare.SocialWelfarePlugin;
import vn.motcua.plugins.socialwelfare.rates.control.RateBook;
import vn.motcua.plugins.socialwelfare.rates.control.RateRules;
import vn.motcua.plugins.socialwelfare.rates.entity.Area;
import vn.motcua.plugins.socialwelfare.rates.entity.BaseLevel;
import vn.motcua.plugins.socialwelfare.rates.entity.BeneficiaryCategory;
import vn.motcua.plugins.socialwelfare.rates.entity.CategoryCoefficient;
import vn.motcua.plugins.socialwelfare.rates.entity.PovertyLine;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.context.OfficerContext;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * What an admin changes when the law does: a new base level, a category's new coefficient, a new poverty line, each
 * from a date on; categories themselves. History is kept: a change is a new row, and a row may be removed only
 * while it is not yet in force (decisions may have used the others).
 */
@ApplicationScoped
public class RateAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    RateBook rates;

    @Inject
    OfficerContext officer;

    @Transactional
    @RequiresPermissions(SocialWelfarePlugin.RATES_VIEW)
    public List<BaseLevel> baseLevels() {
        return rates.baseLevels();
    }

    @Transactional
    @RequiresPermissions(SocialWelfarePlugin.RATES_VIEW)
    public List<BeneficiaryCategory> categories() {
        List<BeneficiaryCategory> all = rates.categories(false);
        all.forEach(c -> c.getCoefficients().size()); // loaded for the page
        return all;
    }

    @Transactional
    @RequiresPermissions(SocialWelfarePlugin.RATES_VIEW)
    public List<PovertyLine> povertyLines() {
        return rates.povertyLines();
    }

    @Transactional
    @RequiresPermissions(SocialWelfarePlugin.RATES_EDIT)
    public BaseLevel addBaseLevel(Long amount, LocalDate from, String legalBasis) {
        RateRules.amount(amount);
        RateRules.firstOfMonth(from);
        RateRules.legalBasis(legalBasis);
        RateRules.newDate(rates.baseLevels(), from);
        var row = new BaseLevel(amount, from, legalBasis.strip(), who());
        em.persist(row);
        return row;
    }

    @Transactional
    @RequiresPermissions(SocialWelfarePlugin.RATES_EDIT)
    public void removeBaseLevel(long id) {
        BaseLevel row = em.find(BaseLevel.class, id);
        if (row != null) {
            RateRules.notYetInForce(row, LocalDate.now());
            em.remove(row);
        }
    }

    @Transactional
    @RequiresPermissions(SocialWelfarePlugin.RATES_EDIT)
    public CategoryCoefficient addCoefficient(long categoryId, BigDecimal coefficient, LocalDate from, String basis) {
        BeneficiaryCategory category = category(categoryId);
        RateRules.coefficient(coefficient);
        RateRules.firstOfMonth(from);
        RateRules.legalBasis(basis);
        RateRules.newDate(category.getCoefficients(), from);
        return category.addCoefficient(coefficient, from, basis.strip(), who());
    }

    @Transactional
    @RequiresPermissions(SocialWelfarePlugin.RATES_EDIT)
    public void removeCoefficient(long categoryId, long coefficientId) {
        BeneficiaryCategory category = category(categoryId);
        category.getCoefficients().stream()
                .filter(c -> c.getId() == coefficientId)
                .findFirst()
                .ifPresent(row -> {
                    RateRules.notYetInForce(row, LocalDate.now());
                    category.removeCoefficient(row);
                });
    }

    /** Creates (no id) or updates a category; a new one needs its first coefficient. */
    @Transactional
    @RequiresPermissions(SocialWelfarePlugin.RATES_EDIT)
    public BeneficiaryCategory saveCategory(
            BeneficiaryCategory edited, BigDecimal firstCoefficient, LocalDate from, String basis) {
        RateRules.ages(edited.getMinAge(), edited.getMaxAge());
        boolean codeTaken = !em.createQuery(
                        "select c.id from SocialWelfareBeneficiaryCategory c where c.code = :code and c.id <> :id",
                        Long.class)
                .setParameter("code", edited.getCode())
                .setParameter("id", edited.getId() == null ? -1L : edited.getId())
                .getResultList()
                .isEmpty();
        if (codeTaken) {
            throw new DomainException("social-welfare.category.code.taken", edited.getCode());
        }
        if (edited.getId() == null) {
            RateRules.coefficient(firstCoefficient);
            RateRules.firstOfMonth(from);
            RateRules.legalBasis(basis);
            var created =
                    new BeneficiaryCategory(edited.getCode(), edited.getName(), edited.getMinAge(), edited.getMaxAge());
            created.setLegalBasis(edited.getLegalBasis());
            created.setPosition(edited.getPosition());
            created.setActive(edited.isActive());
            created.addCoefficient(firstCoefficient, from, basis.strip(), who());
            em.persist(created);
            return created;
        }
        BeneficiaryCategory stored = category(edited.getId());
        if (stored.getVersion() != edited.getVersion()) {
            throw new DomainException("social-welfare.rates.changed");
        }
        stored.setCode(edited.getCode());
        stored.setName(edited.getName());
        stored.setLegalBasis(edited.getLegalBasis());
        stored.setMinAge(edited.getMinAge());
        stored.setMaxAge(edited.getMaxAge());
        stored.setPosition(edited.getPosition());
        stored.setActive(edited.isActive());
        return stored;
    }

    @Transactional
    @RequiresPermissions(SocialWelfarePlugin.RATES_EDIT)
    public PovertyLine addPovertyLine(Area area, Long amount, LocalDate from, String legalBasis) {
        if (area == null) {
            throw new DomainException("social-welfare.household.area.required");
        }
        RateRules.amount(amount);
        RateRules.legalBasis(legalBasis);
        if (from == null) {
            throw new DomainException("social-welfare.rates.dateRequired");
        }
        RateRules.newDate(
                rates.povertyLines().stream().filter(p -> p.getArea() == area).toList(), from);
        var row = new PovertyLine(area, amount, from, legalBasis.strip(), who());
        em.persist(row);
        return row;
    }

    @Transactional
    @RequiresPermissions(SocialWelfarePlugin.RATES_EDIT)
    public void removePovertyLine(long id) {
        PovertyLine row = em.find(PovertyLine.class, id);
        if (row != null) {
            RateRules.notYetInForce(row, LocalDate.now());
            em.remove(row);
        }
    }

    private BeneficiaryCategory category(long id) {
        BeneficiaryCategory category = em.find(BeneficiaryCategory.class, id);
        if (category == null) {
            throw new DomainException("social-welfare.allowance.category.required");
        }
        return category;
    }

    private String who() {
        String name = officer.displayName();
        return name == null || name.isBlank() ? "?" : name;
    }
}
