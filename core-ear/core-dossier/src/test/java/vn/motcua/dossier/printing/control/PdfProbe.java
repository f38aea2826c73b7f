package vn.motcua.dossier.printing.control;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a printed form back the way a person or a phone would: its text, its pages, its fonts, its QR code. */
record PdfProbe(
        String text, int pages, List<PDRectangle> pageSizes, List<String> fonts, List<Boolean> embedded, String qr) {

    static PdfProbe of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            List<PDRectangle> sizes = new ArrayList<>();
            List<String> fonts = new ArrayList<>();
            List<Boolean> embedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                sizes.add(page.getMediaBox());
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    embedded.add(font.isEmbedded());
                }
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.GRAY);
            return new PdfProbe(text, document.getNumberOfPages(), sizes, fonts, embedded, decode(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(BufferedImage image) {
        try {
            Result result = new QRCodeReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            return null;
        }
    }

    /** Keeps the PDF and a picture of its first page in target/forms/, for a person to look at. */
    static void keep(byte[] pdf, String name) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path folder = Files.createDirectories(Path.of("target", "forms"));
            Files.write(folder.resolve(name + ".pdf"), pdf);
            ImageIO.write(
                    new PDFRenderer(document).renderImageWithDPI(0, 72, ImageType.RGB),
                    "png",
                    folder.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every run of white space made one space, so assertions do not depend on line breaks. */
    String flatText() {
        return text.replaceAll("\\s+", " ");
    }
}
