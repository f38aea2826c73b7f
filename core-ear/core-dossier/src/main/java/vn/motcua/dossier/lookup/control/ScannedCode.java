package vn.motcua.dossier.lookup.control;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a scanner typed at the kiosk: the lookup address of a form's QR code
 * ({@code https://…/public/lookup.xhtml?code=…&secret=…}), or a dossier code typed or read from a barcode.
 *
 * @param code the dossier code
 * @param secret the lookup secret, {@code null} when only a code was scanned
 */
public record ScannedCode(String code, String secret) {

    /** A dossier code: letters, digits, dots and dashes (e.g. {@code 000.00.12.H99-261122-0001}). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9.\\-]{4,60}");

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9]{1,40}");

    public static Optional<ScannedCode> parse(String scanned) {
        if (scanned == null) {
            return Optional.empty();
        }
        String text = scanned.strip();
        int query = text.indexOf('?');
        if (query < 0) {
            return CODE.matcher(text).matches() ? Optional.of(new ScannedCode(text, null)) : Optional.empty();
        }
        String code = null;
        String secret = null;
        for (String pair : text.substring(query + 1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = pair.substring(0, equals);
            String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8)
                    .strip();
            if (name.equals("code")) {
                code = value;
            } else if (name.equals("secret")) {
                secret = value;
            }
        }
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return Optional.of(
                new ScannedCode(code, secret != null && SECRET.matcher(secret).matches() ? secret : null));
    }
}
