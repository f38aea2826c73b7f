package vn.motcua.tools.generator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.catalog.control.calendar.Timeliness;

/**
 * One generated dossier: its row as the workflow would have left it today and its history. Built by {@link Story},
 * one transition at a time; a transition dated after "now" is not recorded, so a recent dossier stops where it is.
 */
final class Life {

    record Event(
            String action,
            String fromState,
            String toState,
            String stepName,
            Long fromOfficer,
            Long toOfficer,
            Long fromAgency,
            Long toAgency,
            LocalDateTime at,
            LocalDateTime stepDue,
            String verdict,
            String comment) {}

    record PauseRow(LocalDateTime pausedAt, LocalDateTime resumedAt, String reason, String missing) {}

    final long id;
    final Province.Route route;
    final People.Person applicant;
    final boolean online;
    final LocalDateTime now;
    String code;
    String secret;
    Long counterId;
    long currentAgency;
    Long assignee;
    String state;
    int stepPosition;
    LocalDateTime stepStartedAt;
    LocalDateTime stepDueAt;
    LocalDateTime submittedAt;
    LocalDateTime receivedAt;
    LocalDateTime clockStart;
    LocalDateTime originalDue;
    LocalDateTime due;
    LocalDateTime pausedAt;
    int supplementRequests;
    LocalDateTime resultReadyAt;
    LocalDateTime returnedAt;
    LocalDateTime closedAt;
    boolean transferred;
    final List<Event> events = new ArrayList<>();
    final List<PauseRow> pauses = new ArrayList<>();
    final Set<Long> held = new LinkedHashSet<>();

    Life(long id, Province.Route route, People.Person applicant, boolean online, LocalDateTime now) {
        this.id = id;
        this.route = route;
        this.applicant = applicant;
        this.online = online;
        this.now = now;
    }

    /** Whether a transition at that moment has happened by now (the story goes on only while it returns true). */
    boolean happened(LocalDateTime at) {
        return !at.isAfter(now);
    }

    /** Records a transition: the dossier's state becomes {@code toState}; the caller updates the other columns. */
    void record(
            String action,
            String toState,
            String stepName,
            Long fromOfficer,
            Long toOfficer,
            Long fromAgency,
            Long toAgency,
            LocalDateTime at,
            LocalDateTime stepDue) {
        String verdict = stepDue == null ? null : Timeliness.of(at, stepDue).name();
        events.add(new Event(
                action,
                state,
                toState,
                stepName,
                fromOfficer,
                toOfficer,
                fromAgency,
                toAgency,
                at,
                stepDue,
                verdict,
                null));
        state = toState;
        if (toAgency != null) held.add(toAgency);
        if (fromAgency != null) held.add(fromAgency);
    }

    boolean isLate() {
        if (due == null) return false;
        LocalDateTime finished = resultReadyAt != null ? resultReadyAt : closedAt;
        return finished != null ? finished.isAfter(due) : pausedAt == null && now.isAfter(due);
    }
}
