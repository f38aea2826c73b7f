package vn.motcua.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a person reads on a printed PDF, for assertions: its text in NFC with every run of white space one blank. */
public final class Pdfs {

    private Pdfs() {}

    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
