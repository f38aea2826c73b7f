package vn.motcua.plugins.socialwelfare.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** One person of the household as declared on the application: name, relation, birth year, monthly income. */
@Embeddable
public class HouseholdMember implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{social-welfare.member.name.required}")
    @Size(max = 150)
    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @NotBlank(message = "{social-welfare.member.relation.required}")
    @Size(max = 50)
    @Column(nullable = false, length = 50)
    private String relation;

    @NotNull(message = "{social-welfare.member.birthYear.required}")
    @Min(value = 1900, message = "{social-welfare.member.birthYear.range}")
    @Max(value = 2100, message = "{social-welfare.member.birthYear.range}")
    @Column(name = "birth_year", nullable = false)
    private Integer birthYear;

    @NotNull(message = "{social-welfare.member.income.required}")
    @PositiveOrZero(message = "{social-welfare.member.income.negative}")
    @Column(name = "monthly_income", nullable = false)
    private Long monthlyIncome = 0L;

    public HouseholdMember() {}

    public HouseholdMember(String fullName, String relation, Integer birthYear, Long monthlyIncome) {
        this.fullName = fullName;
        this.relation = relation;
        this.birthYear = birthYear;
        this.monthlyIncome = monthlyIncome;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.strip();
    }

    public String getRelation() {
        return relation;
    }

    public void setRelation(String relation) {
        this.relation = relation == null ? null : relation.strip();
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public Long getMonthlyIncome() {
        return monthlyIncome;
    }

    public void setMonthlyIncome(Long monthlyIncome) {
        this.monthlyIncome = monthlyIncome;
    }

    /** The income as a number, a blank counting as nothing. */
    public long income() {
        return monthlyIncome == null ? 0 : monthlyIncome;
    }
}
