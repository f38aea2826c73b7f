package vn.motcua.platform.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.security.SecureRandom;
import java.util.ArrayList;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;

/**
 * How passwords are hashed (Argon2id, Shiro's modern format, salted per password) and the rule a new password must
 * meet (OWASP ASVS 4 section 2.1): at least {@value #MIN_LENGTH} characters, any characters at all (no composition
 * rule), not containing the username, and not guessable: nbvcxz estimates the guesses an attacker needs from its
 * lists of common and leaked passwords, words and names, keyboard walks, repeats, sequences and dates, and a password
 * under {@value #MIN_ENTROPY} bits is refused. Temporary passwords (first admin, admin resets) are random and must be
 * changed at first login.
 */
@ApplicationScoped
public class Passwords {

    public static final String ALGORITHM = "argon2id";
    public static final int MIN_LENGTH = 12;

    /** Bits of guessing work (log2 of the estimated guesses) a password must need at least. */
    public static final double MIN_ENTROPY = 40;

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
     * {@value #MIN_LENGTH} characters, not containing the username, not common or guessable.
     */
    public static String weakness(String candidate, String username) {
        if (candidate == null || candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
            return "platform.password.tooShort";
        }
        boolean named = username != null && !username.isBlank();
        if (named && candidate.toLowerCase().contains(username.toLowerCase())) {
            return "platform.password.containsUsername";
        }
        var dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        if (named) {
            dictionaries.add(new DictionaryBuilder()
                    .setDictionaryName("username")
                    .setExclusion(true)
                    .addWord(username.toLowerCase(), 0)
                    .createDictionary());
        }
        Configuration rules = new ConfigurationBuilder()
                .setDictionaries(dictionaries)
                .setMinimumEntropy(MIN_ENTROPY)
                .createConfiguration();
        if (!new Nbvcxz(rules).estimate(candidate).isMinimumEntropyMet()) {
            return "platform.password.guessable";
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
