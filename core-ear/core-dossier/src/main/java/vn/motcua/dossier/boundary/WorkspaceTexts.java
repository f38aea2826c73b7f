package vn.motcua.dossier.boundary;

import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.motcua.catalog.control.calendar.Urgency;
import vn.motcua.platform.faces.Notices;

/**
 * How the workspace screens write times (formatted here: message patterns cannot format java.time values) and the
 * working time left ("còn 1,5 ngày", "quá 2 ngày", "còn 3 giờ"), and which row colour a dossier's urgency gets.
 */
final class WorkspaceTexts {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private WorkspaceTexts() {}

    static String moment(LocalDateTime at) {
        return at == null ? "" : at.format(MOMENT);
    }

    /** A file size as people read it: "820 KB", "2,4 MB". */
    static String size(long bytes) {
        return bytes < 1024 * 1024
                ? Math.max(1, bytes / 1024) + " KB"
                : String.format("%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }

    /** Working time left or overdue; under one working day in hours. Empty when the dossier is off the clock. */
    static String remaining(BigDecimal workingDays, Long workingMinutes, boolean paused) {
        if (workingDays == null || workingMinutes == null) {
            return "";
        }
        boolean late = workingMinutes < 0;
        String text;
        if (workingDays.abs().compareTo(BigDecimal.ONE) < 0) {
            long hours = Math.max(1, Math.round(Math.abs(workingMinutes) / 60.0));
            text = Notices.text(late ? "dossier.work.overdue.hours" : "dossier.work.remaining.hours", number(hours));
        } else {
            BigDecimal days = workingDays.abs().setScale(1, RoundingMode.HALF_UP);
            text = Notices.text(late ? "dossier.work.overdue.days" : "dossier.work.remaining.days", number(days));
        }
        return paused ? text + " " + Notices.text("dossier.work.paused") : text;
    }

    /** The row style of a worklist line: red when late, amber when due soon. */
    static String rowClass(Urgency urgency) {
        if (urgency == null) {
            return null;
        }
        return switch (urgency) {
            case OVERDUE -> "mc-overdue";
            case DUE_SOON -> "mc-due-soon";
            case ON_TRACK -> null;
        };
    }

    private static String number(Number value) {
        NumberFormat format = NumberFormat.getNumberInstance(
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
