package vn.motcua.plugins.vehicle.badge.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese car number plates (Circular 24/2023/TT-BCA): a two-digit locality code 11-99, a series of one or two
 * letters, then four digits (older plates) or five (since 2015). People write them in many ways ({@code 30A-123.45},
 * {@code 30a 12345}, {@code 51G12345}); the registry stores one normalised form, upper case without separators
 * ({@code 30A12345}), so that a lookup finds a plate however it was typed, and prints {@code 30A-123.45} /
 * {@code 30A-1234}.
 */
public final class Plates {

    /** The normalised form, as stored. */
    public static final String NORMALISED = "(1[1-9]|[2-9][0-9])([A-Z]{1,2})([0-9]{4,5})";

    private static final Pattern PLATE = Pattern.compile(NORMALISED);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-_/]");

    private Plates() {}

    /** The plate in normalised form, or empty when what was typed is not a car plate. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = strip(typed);
        return PLATE.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    /** Upper case without separators, for a partial lookup ("30a-123" finds 30A12345). */
    public static String strip(String typed) {
        return typed == null
                ? ""
                : SEPARATORS.matcher(typed.trim()).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The printed form of a normalised plate: {@code 30A-123.45}, {@code 30A-1234}; other text unchanged. */
    public static String display(String normalised) {
        if (normalised == null) {
            return null;
        }
        Matcher m = PLATE.matcher(normalised);
        if (!m.matches()) {
            return normalised;
        }
        String digits = m.group(3);
        String number = digits.length() == 5 ? digits.substring(0, 3) + "." + digits.substring(3) : digits;
        return m.group(1) + m.group(2) + "-" + number;
    }
}
