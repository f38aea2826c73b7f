package vn.motcua.plugins.socialwelfare.rates.control;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * How the plugin writes months, days and money in Vietnamese documents and messages: {@code 01/2027},
 * {@code 15/03/2026}, {@code 750.000}. Passed to messages as strings (MessageFormat knows neither LocalDate nor
 * Vietnamese grouping).
 */
public final class Months {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Months() {}

    public static String text(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    public static String text(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** {@code 1500000} → {@code 1.500.000}. */
    public static String money(long dong) {
        var symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0", symbols).format(dong);
    }

    /** {@code 1.50} → {@code 1,5}; {@code 2.00} → {@code 2,0}. */
    public static String coefficient(java.math.BigDecimal coefficient) {
        var symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("0.0#", symbols).format(coefficient);
    }

    /** Parses {@code MM/yyyy} (or {@code yyyy-MM}); null when it is neither. */
    public static YearMonth parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String t = text.strip();
            return t.contains("/") ? YearMonth.parse(t, MONTH) : YearMonth.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
