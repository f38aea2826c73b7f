package vn.motcua.dossier.control;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.motcua.catalog.control.calendar.Timeliness;
import vn.motcua.catalog.control.calendar.Urgency;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Officer;
import vn.motcua.platform.faces.Notices;

/**
 * How the workspace screens write times (formatted here: message patterns cannot format java.time values) and the
 * working time left in whole working days and hours ("còn 1 ngày 4 giờ", "quá 2 ngày", "còn 3 giờ"), and which row colour a dossier's urgency gets.
 */
public final class WorkspaceTexts {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private WorkspaceTexts() {}

    public static String moment(LocalDateTime at) {
        return at == null ? "" : at.format(MOMENT);
    }

    /** A file size as people read it: "820 KB", "2,4 MB". */
    public static String size(long bytes) {
        return bytes < 1024 * 1024
                ? Math.max(1, bytes / 1024) + " KB"
                : String.format("%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }

    /** Working time left or overdue; under one working day in hours. Empty when the dossier is off the clock. */
    public static String remaining(BigDecimal workingDays, Long workingMinutes, boolean paused) {
        if (workingDays == null || workingMinutes == null) {
            return "";
        }
        WorkingTimeLeft left = WorkingTimeLeft.of(workingDays, workingMinutes);
        String prefix = left.late() ? "dossier.work.overdue." : "dossier.work.remaining.";
        String text;
        if (left.days() == 0) {
            text = Notices.text(prefix + "hours", left.hours());
        } else if (left.hours() == 0) {
            text = Notices.text(prefix + "days", left.days());
        } else {
            text = Notices.text(prefix + "daysHours", left.days(), left.hours());
        }
        return paused ? text + " " + Notices.text("dossier.work.paused") : text;
    }

    /** The row style of a worklist line: red when late, amber when due soon. */
    public static String rowClass(Urgency urgency) {
        if (urgency == null) {
            return null;
        }
        return switch (urgency) {
            case OVERDUE -> "mc-overdue";
            case DUE_SOON -> "mc-due-soon";
            case ON_TRACK -> null;
        };
    }

    /** Officer and agency of one side of a hand-over, e.g. "Lê Thị Hoa — Sở Thông tin và Truyền thông". */
    public static String party(Officer officer, Agency agency) {
        String who = officer == null ? null : officer.getFullName();
        String where = agency == null ? null : agency.getName();
        if (who == null) {
            return where == null ? "—" : where;
        }
        return where == null ? who : who + " — " + where;
    }

    /** The severity (colour) of a finished dossier's verdict tag; {@code null} without a verdict. */
    public static String severity(Timeliness verdict) {
        if (verdict == null) {
            return null;
        }
        return switch (verdict) {
            case EARLY -> "success";
            case ON_TIME -> "info";
            case LATE -> "danger";
        };
    }
}
