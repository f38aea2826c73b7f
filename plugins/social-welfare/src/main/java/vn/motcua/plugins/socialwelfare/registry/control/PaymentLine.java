package vn.motcua.plugins.socialwelfare.registry.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One beneficiary paid in a month, at that month's rates. */
public record PaymentLine(
        String fullName,
        LocalDate birthDate,
        String idNumber,
        String categoryName,
        long baseLevel,
        BigDecimal coefficient,
        long amount,
        String decisionNumber) {}
