package vn.motcua.plugins.socialwelfare.registry.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.motcua.plugins.socialwelfare.registry.entity.BeneficiaryStatus;

/** One line of the registry screen (a JPQL constructor result: the beneficiary, its category and its decision). */
public record BeneficiaryRow(
        long id,
        long dossierId,
        String fullName,
        LocalDate birthDate,
        String idNumber,
        String categoryName,
        BigDecimal coefficient,
        long amount,
        LocalDate startMonth,
        LocalDate endMonth,
        BeneficiaryStatus status,
        String statusNote,
        String decisionNumber,
        LocalDate decidedOn,
        int version)
        implements Serializable {}
