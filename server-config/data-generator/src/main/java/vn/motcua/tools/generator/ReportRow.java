package vn.motcua.tools.generator;

import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.catalog.control.calendar.DueDates;
import vn.motcua.catalog.control.calendar.NationalScoring;
import vn.motcua.catalog.control.calendar.Pause;
import vn.motcua.catalog.control.calendar.Timeliness;

/**
 * A generated dossier's row of report facts ({@code report_dossier}), written with the dossier in the same batches,
 * so a generated province reports at once instead of waiting for the portal's hourly backfill to rebuild a million
 * rows one dossier at a time. The same rules as the portal's {@code ReportFacts}: counted for the deciding agency;
 * outcome refused (a refusal in the history), withdrawn, resolved (result ready or returned), open, or never received
 * (refused at receipt); ended at the result, the refusal or the withdrawal; late for Decision 766 against the
 * statutory time with the supplement waits subtracted, or after more than one supplement request. Generated
 * dossiers carry no files and no new appointment.
 */
final class ReportRow {

    static final LocalDateTime OPEN = LocalDateTime.of(9999, 12, 31, 0, 0);

    private final NationalScoring scoring;

    ReportRow(DueDates dueDates) {
        this.scoring = new NationalScoring(dueDates);
    }

    String outcome(Life d) {
        if (d.receivedAt == null || "NOT_ACCEPTED".equals(d.state)) return "NOT_RECEIVED";
        if (firstAt(d, "REFUSE") != null) return "REFUSED";
        if ("WITHDRAWN".equals(d.state)) return "WITHDRAWN";
        if (d.resultReadyAt != null || d.returnedAt != null) return "RESOLVED";
        return "OPEN";
    }

    static LocalDateTime endedAt(Life d, String outcome) {
        return switch (outcome) {
            case "RESOLVED" -> d.resultReadyAt != null ? d.resultReadyAt : d.returnedAt;
            case "REFUSED" -> firstAt(d, "REFUSE");
            case "WITHDRAWN" -> firstAt(d, "WITHDRAW") != null ? firstAt(d, "WITHDRAW") : d.closedAt;
            default -> null;
        };
    }

    boolean scoredLate(Life d, String outcome, LocalDateTime ended) {
        if (!outcome.equals("RESOLVED") && !outcome.equals("REFUSED") || ended == null) return false;
        if (d.supplementRequests > 1) return true;
        List<Pause> waits = d.pauses.stream()
                .filter(p -> p.resumedAt() != null)
                .map(p -> new Pause(p.pausedAt(), p.resumedAt()))
                .toList();
        return scoring.verdict(d.receivedAt, d.route.statutory(), waits, ended) == Timeliness.LATE;
    }

    private static LocalDateTime firstAt(Life d, String action) {
        for (Life.Event e : d.events) {
            if (e.action().equals(action)) return e.at();
        }
        return null;
    }
}
