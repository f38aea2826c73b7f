package vn.motcua.plugins.licensing.licence.entity;

/**
 * A number handed out by an agency's series: the running number of the year and the text printed on the document.
 *
 * @param sequence the running number within the agency's series and year (1, 2, …)
 * @param year the year of the series
 * @param text as printed, e.g. {@code 12/GP-STTTT}
 */
public record IssuedNumber(int sequence, int year, String text) {}
