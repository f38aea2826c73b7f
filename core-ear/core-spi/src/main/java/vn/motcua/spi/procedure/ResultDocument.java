package vn.motcua.spi.procedure;

/**
 * A result a plugin issued for a dossier: a licence, a decision, a certificate. The core stores the file with the
 * dossier (the applicant receives it when the result is returned) and shows the number on the dossier screen, in the
 * public lookup and on form 05.
 *
 * @param number the document's number in the plugin's own numbering, e.g. {@code 12/GP-STTTT}
 * @param title what it is, in Vietnamese, e.g. {@code Giấy phép xuất bản bản tin}
 * @param fileName the file name offered for download, e.g. {@code giay-phep-12-GP-STTTT.pdf}
 * @param pdf the rendered document (PDF bytes)
 *
 * @since 0.1.0
 */
public record ResultDocument(String number, String title, String fileName, byte[] pdf) {

    public ResultDocument {
        if (number == null || number.isBlank() || title == null || title.isBlank()) {
            throw new IllegalArgumentException("A result document needs a number and a title");
        }
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("A result document needs its rendered file");
        }
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}
