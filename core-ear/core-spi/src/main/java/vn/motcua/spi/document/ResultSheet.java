package vn.motcua.spi.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of a result document (licence, decision, certificate) that the core lays out as an A4 administrative
 * document: the issuing agency's header and its superior, the national motto, number and date line, title, body,
 * signature block and a QR code.
 *
 * @param issuingAgencyId the agency that issues it (its name and superior agency head the page)
 * @param number the document's number, e.g. {@code 12/GP-STTTT}
 * @param date the date of issue
 * @param title the title in capitals, e.g. {@code GIẤY PHÉP XUẤT BẢN BẢN TIN}
 * @param subtitle a line under the title, or {@code null}
 * @param body paragraphs in order: one starting with {@link #HEADING} ({@code "# "}) is a centred bold heading such as
 *     {@code "# QUYẾT ĐỊNH:"}, one starting with {@link #ITEM} ({@code "- "}) an indented list item; an article's
 *     opening "Điều 1." is set in bold
 * @param signerTitle e.g. {@code GIÁM ĐỐC}
 * @param signerName the signatory's name, or {@code null}
 * @param qrContent what the QR code encodes (usually the public lookup address), or {@code null} for none
 *
 * @since 0.1.0
 */
public record ResultSheet(
        long issuingAgencyId,
        String number,
        LocalDate date,
        String title,
        String subtitle,
        List<String> body,
        String signerTitle,
        String signerName,
        String qrContent) {

    /** Starts a body paragraph set as a centred bold heading; the marker itself is not printed. */
    public static final String HEADING = "# ";

    /** Starts a body paragraph set as an indented list item (the dash is printed). */
    public static final String ITEM = "- ";

    public ResultSheet {
        body = List.copyOf(body);
    }
}
