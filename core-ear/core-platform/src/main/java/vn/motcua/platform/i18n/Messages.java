package vn.motcua.platform.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One message bundle for the whole portal, merged from every JAR's {@code META-INF/motcua/messages_<lang>.properties}
 * (UTF-8). Core components and plugins each ship their own file with keys under their own prefix; Faces pages read
 * them as {@code #{msg['directory.officer.title']}}. Vietnamese is the base language: {@code Messages} itself is
 * Vietnamese, {@link Messages_en} English, and a key missing in English falls back to Vietnamese.
 */
public class Messages extends ResourceBundle {

    public static final String BASE_NAME = "vn.motcua.platform.i18n.Messages";
    public static final String RESOURCE_PATTERN = "META-INF/motcua/messages_%s.properties";

    private final Map<String, String> entries;

    public Messages() {
        this("vi");
    }

    protected Messages(String language) {
        this.entries = load(language, classLoader());
    }

    /** The merged messages of one language as found by a class loader, e.g. for a check at boot. */
    public static Map<String, String> load(String language, ClassLoader loader) {
        var merged = new HashMap<String, String>();
        try {
            Enumeration<URL> resources = loader.getResources(RESOURCE_PATTERN.formatted(language));
            for (URL url : Collections.list(resources)) {
                var properties = new Properties();
                try (var reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((key, value) -> merged.put((String) key, (String) value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(merged);
    }

    /**
     * The merged bundles already built, held strongly. {@code ResourceBundle.getBundle} keeps its bundles through
     * soft references only: under heap pressure they were dropped and rebuilt (every JAR's properties read again) in
     * the middle of a page. Few keys: a class loader (the application's) times the languages asked for.
     */
    private static final Map<BundleKey, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    private record BundleKey(ClassLoader loader, Locale locale) {}

    /** Looks a key up in the portal's merged bundle for a locale, formatting {@code {0}}-style arguments. */
    public static String text(Locale locale, String key, Object... arguments) {
        ClassLoader loader = classLoader();
        ResourceBundle bundle = BUNDLES.computeIfAbsent(
                new BundleKey(loader, locale), k -> ResourceBundle.getBundle(BASE_NAME, k.locale(), k.loader()));
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale).format(arguments);
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Messages.class.getClassLoader();
    }

    @Override
    protected Object handleGetObject(String key) {
        return entries.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        var keys = new java.util.HashSet<>(entries.keySet());
        if (parent != null) {
            keys.addAll(Collections.list(parent.getKeys()));
        }
        return Collections.enumeration(keys);
    }

    @Override
    public Locale getLocale() {
        return new Locale("vi");
    }
}
