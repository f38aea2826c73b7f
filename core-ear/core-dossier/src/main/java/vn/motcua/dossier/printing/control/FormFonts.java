package vn.motcua.dossier.printing.control;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of the forms: Liberation Serif (metric-compatible with Times New Roman, which the rules on administrative
 * documents name; SIL Open Font License 1.1; covers Vietnamese), from {@code com.github.librepdf:openpdf-fonts-extra}.
 * Embedded as subsets with Identity-H encoding, so every diacritic prints and the text can be extracted.
 */
final class FormFonts {
    private static final String LOCATION = "liberation/LiberationSerif-";

    /** The TTF files, read once per renderer. */
    record Files(byte[] regular, byte[] bold, byte[] italic, byte[] boldItalic) {
        static Files load() {
            return new Files(read("Regular"), read("Bold"), read("Italic"), read("BoldItalic"));
        }

        private static byte[] read(String style) {
            String name = LOCATION + style + ".ttf";
            try (InputStream in = FormFonts.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + name
                            + " is missing: com.github.librepdf:openpdf-fonts-extra must be on the" + " class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;
    private final BaseFont boldItalic;

    /** Fonts for one document (a BaseFont records the glyphs its document uses, so none is shared). */
    FormFonts(Files files) {
        regular = create("LiberationSerif-Regular.ttf", files.regular());
        bold = create("LiberationSerif-Bold.ttf", files.bold());
        italic = create("LiberationSerif-Italic.ttf", files.italic());
        boldItalic = create("LiberationSerif-BoldItalic.ttf", files.boldItalic());
    }

    private static BaseFont create(String name, byte[] ttf) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Font regular(float size) {
        return new Font(regular, size);
    }

    Font bold(float size) {
        return new Font(bold, size);
    }

    Font italic(float size) {
        return new Font(italic, size);
    }

    Font boldItalic(float size) {
        return new Font(boldItalic, size);
    }

    BaseFont regularBase() {
        return regular;
    }
}
