package vn.motcua.dossier.printing.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How dates and times are written on the forms. */
public final class FormDates {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");

    private FormDates() {}

    /** {@code 22/11/2026}. */
    public static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    /** {@code 22/11/2026} for a date and time. */
    public static String date(LocalDateTime time) {
        return time == null ? null : DATE.format(time);
    }

    /** {@code 08 giờ 30 phút, ngày 22/11/2026}. */
    public static String time(LocalDateTime time) {
        return time == null ? null : TIME.format(time);
    }

    /**
     * The date line under the national motto, {@code Thái Hòa, ngày 05 tháng 02 năm 2026}: as the rules on
     * administrative documents (Decree 30/2020/NĐ-CP) ask, days below 10 and months below 3 take a leading zero.
     */
    public static String dateLine(String placeName, LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return placeName + ", ngày " + (day < 10 ? "0" : "") + day + " tháng " + (month < 3 ? "0" : "") + month
                + " năm " + date.getYear();
    }
}
