package vn.motcua.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the core, as built by Maven; plugins declare the oldest core version they run on. */
public final class CoreVersion {

    private static final String RESOURCE = "/META-INF/motcua/core-version.properties";

    private CoreVersion() {}

    public static String current() {
        try (InputStream in = CoreVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " in core-platform");
            }
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version").replace("-SNAPSHOT", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares dotted versions numerically part by part: {@code 0.10 > 0.9}; missing parts count as zero. */
    public static int compare(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? number(a[i]) : 0;
            int y = i < b.length ? number(b[i]) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static int number(String part) {
        String digits = part.replaceAll("\\D.*", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
