package vn.motcua.platform.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.security.SecureRandom;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;

/**
 * How passwords are hashed (Argon2id, Shiro's modern format, salted per password) and the rule a new password must
 * meet. Temporary passwords (first admin, admin resets) are random and must be changed at first login.
 */
@ApplicationScoped
public class Passwords {

    public static final String ALGORITHM = "argon2id";
    public static final int MIN_LENGTH = 10;

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Produces
    @ApplicationScoped
    PasswordService passwordService() {
        return service();
    }

    /** The password service, also for code outside CDI (tests, tools). */
    public static PasswordService service() {
        var hashing = new DefaultHashService();
        hashing.setDefaultAlgorithmName(ALGORITHM);
        var service = new DefaultPasswordService();
        service.setHashService(hashing);
        return service;
    }

    /**
     * Why a candidate password is not acceptable, as a message key, or {@code null} if it is: at least
     * {@value #MIN_LENGTH} characters, with a letter and a digit, and not containing the username.
     */
    public static String weakness(String candidate, String username) {
        if (candidate == null || candidate.length() < MIN_LENGTH) {
            return "platform.password.tooShort";
        }
        if (candidate.chars().noneMatch(Character::isLetter)
                || candidate.chars().noneMatch(Character::isDigit)) {
            return "platform.password.needsLetterAndDigit";
        }
        if (username != null && !username.isBlank() && candidate.toLowerCase().contains(username.toLowerCase())) {
            return "platform.password.containsUsername";
        }
        return null;
    }

    /** A random password of the given length, without look-alike characters (0/O, 1/l/I). */
    public static String random(int length) {
        var out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        // Guarantee the policy's letter-and-digit rule without biasing much.
        out.setCharAt(RANDOM.nextInt(length), (char) ('2' + RANDOM.nextInt(8)));
        return out.toString();
    }
}
