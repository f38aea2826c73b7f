package vn.motcua.dossier.lookup.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a code and a lookup secret typed by a person are read, and how the secret is compared: in constant time (the
 * SHA-256 digests of both are compared with {@link MessageDigest#isEqual}), so the time an answer takes says nothing
 * about how many characters were right.
 */
public final class LookupSecrets {

    /** Compared against when the code is unknown, so that a wrong code costs the same work as a wrong secret. */
    private static final String NO_SECRET = "\u0000no secret";

    private LookupSecrets() {}

    /**
     * The codes to look for: as typed without spaces, and upper-cased when that differs (agency identifiers are
     * upper case, people often type "h99"). Empty when nothing was typed.
     */
    public static List<String> codeVariants(String typed) {
        if (typed == null) {
            return List.of();
        }
        String code = typed.replaceAll("\\s+", "");
        if (code.isEmpty() || code.length() > 60) {
            return List.of();
        }
        var variants = new ArrayList<String>(2);
        variants.add(code);
        String upper = code.toUpperCase(Locale.ROOT);
        if (!upper.equals(code)) {
            variants.add(upper);
        }
        return List.copyOf(variants);
    }

    /** The secret as printed: upper case, without the spaces or dashes a person may add. Null when nothing typed. */
    public static String secret(String typed) {
        if (typed == null) {
            return null;
        }
        String secret = typed.replaceAll("[\\s-]+", "").toUpperCase(Locale.ROOT);
        return secret.isEmpty() || secret.length() > 40 ? null : secret;
    }

    /**
     * Whether the typed secret is the dossier's, in time independent of where they differ. {@code stored} is null for
     * an unknown code: the comparison still runs, and fails.
     */
    public static boolean matches(String stored, String typed) {
        boolean same = MessageDigest.isEqual(digest(stored == null ? NO_SECRET : stored), digest(typed));
        return same && stored != null;
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
