package vn.motcua.plugins.socialwelfare.application.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.plugins.socialwelfare.application.entity.AllowanceApplication;
import vn.motcua.plugins.socialwelfare.application.entity.HouseholdApplication;
import vn.motcua.plugins.socialwelfare.application.entity.HouseholdMember;
import vn.motcua.plugins.socialwelfare.decision.entity.DecisionKind;
import vn.motcua.plugins.socialwelfare.rates.entity.Area;
import vn.motcua.plugins.socialwelfare.rates.entity.BeneficiaryCategory;
import vn.motcua.spi.DomainException;

/** The counter's rules beyond Bean Validation. */
class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final long RURAL_LINE = 1_500_000;

    @Test
    void aCategoryIsRequiredAndMustBeInUse() {
        var details = allowance(LocalDate.of(1950, 5, 1));
        details.setCategoryId(null);
        assertRefused(() -> Eligibility.allowance(details, null, TODAY), "social-welfare.allowance.category.required");

        details.setCategoryId(7L);
        var withdrawn = new BeneficiaryCategory("OLD", "Nhóm cũ", null, null);
        withdrawn.setActive(false);
        assertRefused(
                () -> Eligibility.allowance(details, withdrawn, TODAY), "social-welfare.allowance.category.inactive");
    }

    @Test
    void theBeneficiarysAgeMustFitTheCategory() {
        var underFour = new BeneficiaryCategory("TE_DUOI_4", "Trẻ em dưới 4 tuổi", null, 4);
        var elderly = new BeneficiaryCategory("NCT_80", "Người từ đủ 80 tuổi", 80, null);

        var child = allowance(LocalDate.of(2023, 12, 2)); // 2 years 11 months
        assertThatCode(() -> Eligibility.allowance(child, underFour, TODAY)).doesNotThrowAnyException();

        var fourToday = allowance(LocalDate.of(2022, 12, 1));
        assertThatThrownBy(() -> Eligibility.allowance(fourToday, underFour, TODAY))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey(), e -> ((DomainException) e).arguments())
                .containsExactly(
                        "social-welfare.allowance.category.age", new Object[] {"4", "Trẻ em dưới 4 tuổi", "< 4"});

        var seventyNine = allowance(LocalDate.of(1946, 12, 2));
        assertRefused(
                () -> Eligibility.allowance(seventyNine, elderly, TODAY), "social-welfare.allowance.category.age");
        var eighty = allowance(LocalDate.of(1946, 12, 1));
        assertThatCode(() -> Eligibility.allowance(eighty, elderly, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void nobodyInTheHouseholdIsBornInTheFuture() {
        var details = allowance(LocalDate.of(1950, 1, 1));
        details.getMembers().add(new HouseholdMember("Nguyễn Văn Tương Lai", "Cháu", 2027, 0L));
        assertRefused(
                () -> Eligibility.allowance(details, new BeneficiaryCategory("X", "Nhóm", null, null), TODAY),
                "social-welfare.member.birthYear.future");
    }

    @Test
    void anIncomePerHeadAboveThePovertyLineIsRefusedWithBothFigures() {
        var household = household(Area.RURAL, 3, 2_000_000L, 1_000_000L, 1_600_000L); // 1 533 333 per head
        assertThat(household.getIncomePerHead()).isEqualTo(1_533_333);
        assertThatThrownBy(() -> Eligibility.household(household, RURAL_LINE, TODAY))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey(), e -> ((DomainException) e).arguments())
                .containsExactly("social-welfare.household.aboveLine.RURAL", new Object[] {"1.533.333", "1.500.000"});
    }

    @Test
    void atTheLineExactlyIsStillPoorOrNearPoorDependingOnTheIndicatorsLacking() {
        var atTheLine = household(Area.RURAL, 3, 2_000_000L, 1_000_000L, 1_500_000L); // 1 500 000 per head
        assertThat(Eligibility.household(atTheLine, RURAL_LINE, TODAY)).isEqualTo(DecisionKind.POOR_HOUSEHOLD);
        atTheLine.setDeprivations(2);
        assertThat(Eligibility.household(atTheLine, RURAL_LINE, TODAY)).isEqualTo(DecisionKind.NEAR_POOR_HOUSEHOLD);
    }

    @Test
    void thePerHeadComparisonIsExactNotRounded() {
        // 4 500 001 / 3 = 1 500 000.33: shown as 1 500 000 but above the line
        var justAbove = household(Area.RURAL, 3, 4_500_001L, 0L, 0L);
        assertThat(justAbove.getIncomePerHead()).isEqualTo(1_500_000);
        assertThat(Eligibility.standing(justAbove, RURAL_LINE)).isEmpty();
    }

    @Test
    void aHouseholdWithoutMembersIsRefused() {
        var empty = new HouseholdApplication();
        assertRefused(
                () -> Eligibility.household(empty, RURAL_LINE, TODAY), "social-welfare.household.members.required");
    }

    @Test
    void theBeneficiaryCountsInTheAllowanceHouseholdsIncomePerHead() {
        var details = allowance(LocalDate.of(1950, 1, 1));
        details.setOwnIncome(300_000L);
        details.getMembers().add(new HouseholdMember("Con", "Con", 1980, 2_700_000L));
        assertThat(details.getHouseholdSize()).isEqualTo(2);
        assertThat(details.getIncomePerHead()).isEqualTo(1_500_000);
        details.addMember();
        assertThat(details.getIncomePerHead())
                .as("a blank new row counts as a person without income")
                .isEqualTo(1_000_000);
        details.removeMember(1);
        details.removeMember(7);
        assertThat(details.getMembers()).hasSize(1);
    }

    private static AllowanceApplication allowance(LocalDate birthDate) {
        var details = new AllowanceApplication();
        details.setFullName("Lê Văn Bảo");
        details.setBirthDate(birthDate);
        details.setIdNumber("079150000123");
        details.setCategoryId(1L);
        return details;
    }

    private static HouseholdApplication household(Area area, int deprivations, Long... incomes) {
        var household = new HouseholdApplication();
        household.setHeadName("Trần Văn Hộ");
        household.setHeadIdNumber("079180000456");
        household.setArea(area);
        household.setDeprivations(deprivations);
        for (Long income : incomes) {
            household.getMembers().add(new HouseholdMember("Thành viên", "Con", 1990, income));
        }
        return household;
    }

    private static void assertRefused(Runnable rule, String key) {
        assertThatThrownBy(rule::run)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }
}
