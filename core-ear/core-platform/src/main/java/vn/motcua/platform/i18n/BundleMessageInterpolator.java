package vn.motcua.platform.i18n;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bean Validation messages from the portal's merged bundle: a constraint's {@code message = "{directory.officer.
 * username.pattern}"} is looked up in every JAR's {@code META-INF/motcua/messages_*.properties}, in the user's
 * language. Unknown keys fall back to the provider's own messages. Registered in META-INF/validation.xml.
 */
public class BundleMessageInterpolator implements MessageInterpolator {

    private static final Pattern KEY = Pattern.compile("^\\{([a-z][\\w.-]*)\\}$");

    private final MessageInterpolator fallback =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, new Locale("vi"));
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        Matcher key = KEY.matcher(template);
        if (key.matches()
                && !key.group(1).startsWith("jakarta.")
                && !key.group(1).startsWith("org.")) {
            String text = Messages.text(locale, key.group(1));
            if (!text.equals(key.group(1))) {
                return text;
            }
        }
        return fallback.interpolate(template, context, locale);
    }
}
