package vn.motcua.plugins.socialwelfare.application.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import vn.motcua.plugins.socialwelfare.application.entity.AllowanceApplication;
import vn.motcua.plugins.socialwelfare.application.entity.HouseholdApplication;
import vn.motcua.plugins.socialwelfare.application.entity.HouseholdMember;
import vn.motcua.plugins.socialwelfare.decision.entity.DecisionKind;
import vn.motcua.plugins.socialwelfare.rates.control.Months;
import vn.motcua.plugins.socialwelfare.rates.entity.Area;
import vn.motcua.plugins.socialwelfare.rates.entity.BeneficiaryCategory;
import vn.motcua.spi.DomainException;

/**
 * The rules beyond Bean Validation, each a {@link DomainException} with a message the counter officer can act on.
 * Plain Java: the caller reads the category and the poverty line in force.
 */
public final class Eligibility {

    private Eligibility() {}

    /**
     * A monthly allowance needs a category that is in use and that the beneficiary's age fits (a 10-year-old is not
     * "a child under 4"); nobody in the household is born in the future.
     */
    public static void allowance(AllowanceApplication details, BeneficiaryCategory category, LocalDate today) {
        if (details.getCategoryId() == null || category == null) {
            throw new DomainException("social-welfare.allowance.category.required");
        }
        if (!category.isActive()) {
            throw new DomainException("social-welfare.allowance.category.inactive", category.getName());
        }
        if (details.getBirthDate() == null || details.getBirthDate().isAfter(today)) {
            throw new DomainException("social-welfare.beneficiary.birthDate.past");
        }
        int age = Period.between(details.getBirthDate(), today).getYears();
        if (!category.admitsAge(age)) {
            throw new DomainException(
                    "social-welfare.allowance.category.age", String.valueOf(age), category.getName(), ages(category));
        }
        members(details.getMembers(), today);
    }

    /**
     * A poor or near-poor household has members and an income per head at or below the poverty line of its area;
     * poor when it lacks at least 3 indicators of access to basic social services, near-poor otherwise.
     */
    public static DecisionKind household(HouseholdApplication details, long povertyLine, LocalDate today) {
        if (details.getMembers().isEmpty()) {
            throw new DomainException("social-welfare.household.members.required");
        }
        members(details.getMembers(), today);
        return standing(details, povertyLine)
                .orElseThrow(() -> new DomainException(
                        "social-welfare.household.aboveLine."
                                + (details.getArea() == null ? Area.RURAL : details.getArea()),
                        Months.money(details.getIncomePerHead()),
                        Months.money(povertyLine)));
    }

    /** Poor, near-poor, or nothing when the income per head is above the line. */
    public static Optional<DecisionKind> standing(HouseholdApplication details, long povertyLine) {
        if (details.getMembers().isEmpty()
                || !Incomes.atOrBelow(details.getTotalIncome(), details.getHouseholdSize(), povertyLine)) {
            return Optional.empty();
        }
        return Optional.of(
                details.lacksEnoughForPoor() ? DecisionKind.POOR_HOUSEHOLD : DecisionKind.NEAR_POOR_HOUSEHOLD);
    }

    private static void members(List<HouseholdMember> members, LocalDate today) {
        for (HouseholdMember member : members) {
            if (member.getBirthYear() != null && member.getBirthYear() > today.getYear()) {
                throw new DomainException(
                        "social-welfare.member.birthYear.future",
                        member.getFullName(),
                        String.valueOf(member.getBirthYear()));
            }
        }
    }

    /** "4–16", "từ 60", "dưới 4" as the message shows it. */
    static String ages(BeneficiaryCategory category) {
        Integer min = category.getMinAge();
        Integer max = category.getMaxAge();
        if (min != null && max != null) {
            return min + "–" + (max - 1);
        }
        return min != null ? "≥ " + min : "< " + max;
    }
}
