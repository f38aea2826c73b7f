/**
 * The printable forms 01-05 (Circular 01/2018/TT-VPCP): a {@link vn.motcua.dossier.printing.control.FormSheet} of plain
 * values, printed by {@link vn.motcua.dossier.printing.control.FormRenderer} with a
 * {@link vn.motcua.dossier.printing.control.FormTemplateText}.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>No dependency on dossier entities: the lifecycle builds the sheet, so forms can be tested and changed alone.
 *   <li>Templates are data an admin replaces (the forms were renumbered in 2025): a line-based text format with a
 *       fixed whitelist of fields and blocks, checked on upload with Vietnamese messages. No expression language:
 *       an admin's template can place values, never run anything; values are inserted after parsing, as text.
 *   <li>The fixed layout (agency header, national motto, date line, QR code) is code; templates hold the wording.
 *   <li>OpenPDF 2.0.5 (the newest on Java 17), Liberation Serif embedded (metric twin of Times New Roman, SIL OFL
 *       1.1), QR codes as vectors from ZXing's bit matrix (no image codec, sharp on any printer).
 *   <li>One page for a typical dossier (eight documents, six hand-overs): a form is set at the most comfortable
 *       {@link vn.motcua.dossier.printing.control.FormDensity} that keeps it on one A4 page (13 pt down to 11.5 pt),
 *       numbered "Trang 1/2" only past that. Agency names break between balanced words, never "TỈNH THÁI / HÒA";
 *       notes (the lookup address) are set flush left, never justified. {@code TypicalDossierFormsTest} keeps each
 *       form as PDF and PNG in {@code target/forms/} to look at.
 *   <li>The template in force on a date: the stored version with the latest effective date on or before it, else
 *       the built-in default ({@link vn.motcua.dossier.printing.control.TemplatesInForce}).
 * </ul>
 */
package vn.motcua.dossier.printing.control;
