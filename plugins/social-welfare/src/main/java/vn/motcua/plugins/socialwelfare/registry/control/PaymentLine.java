package vn.motcua.plugins.socialwelfare.registry.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One beneficiary paid in a month as the payment list's query reads it (a JPQL constructor result): the amounts are
 * those of the decision; the list shows them at the rates in force that month when the category has a quote.
 */
public record PaymentLine(
        String fullName,
        LocalDate birthDate,
        String idNumber,
        String categoryName,
        Long categoryId,
        long baseLevel,
        BigDecimal coefficient,
        long amount,
        String decisionNumber) {}
