package vn.motcua.dossier.printing.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.Map;

/** QR codes drawn as vectors (one filled square per dark module): sharp at any print resolution, no image codec. */
final class QrCodes {
    /** White modules around the code, as the QR specification asks for. */
    private static final int QUIET_ZONE = 4;

    private QrCodes() {}

    /**
     * A QR code of the text, {@code size} points wide including its quiet zone.
     *
     * @throws IllegalArgumentException when the text is too long for a QR code
     */
    static Image of(String text, float size, PdfContentByte canvas) {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8",
                                    EncodeHintType.MARGIN,
                                    0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
        }
        int width = modules.getWidth();
        float module = size / (width + 2 * QUIET_ZONE);
        PdfTemplate template = canvas.createTemplate(size, size);
        template.setColorFill(Color.WHITE);
        template.rectangle(0, 0, size, size);
        template.fill();
        template.setColorFill(Color.BLACK);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                if (modules.get(x, y)) {
                    // PDF's y axis points up; the matrix's row 0 is the top.
                    template.rectangle((x + QUIET_ZONE) * module, size - (y + 1 + QUIET_ZONE) * module, module, module);
                }
            }
        }
        template.fill();
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}
