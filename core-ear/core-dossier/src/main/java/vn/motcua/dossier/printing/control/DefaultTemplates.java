package vn.motcua.dossier.printing.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The built-in templates of forms 01-05 (Circular 01/2018/TT-VPCP), shipped in this JAR under
 * {@code META-INF/motcua/forms/}. They are in force until an admin stores a replacement.
 */
public final class DefaultTemplates {
    static final String LOCATION = "META-INF/motcua/forms/";

    private DefaultTemplates() {}

    /** The built-in template of this form, checked. */
    public static FormTemplateText of(FormKind kind) {
        return FormTemplateText.parse(kind, text(kind));
    }

    /** The built-in template's text, for an admin to download and start a replacement from. */
    public static String text(FormKind kind) {
        String name = LOCATION + kind.resourceName() + ".txt";
        try (InputStream in = DefaultTemplates.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The built-in form template " + name + " is missing from the JAR");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
