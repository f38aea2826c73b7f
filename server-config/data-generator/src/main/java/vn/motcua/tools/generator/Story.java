package vn.motcua.tools.generator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.motcua.catalog.control.calendar.DueDates;
import vn.motcua.catalog.control.calendar.Pause;
import vn.motcua.catalog.control.calendar.PauseMode;
import vn.motcua.catalog.control.calendar.WorkingClock;
import vn.motcua.catalog.control.calendar.WorkingDays;

/**
 * The life of a dossier as the workflow writes it (DossierWorkflow, DossierClock): submitted online or received at a
 * counter, the counter's step done at receipt, assigned, maybe a supplement (the clock stands still), maybe
 * transferred to another agency, forwarded step by step, approved or refused by the deciding agency, returned at the
 * counter. Due dates come from the product's own deadline engine and the province's working calendar.
 */
final class Story {

    /** Shares of the whole set (the "realistic distributions"). */
    static final int SUPPLEMENT_PERCENT = 15;

    static final int LATE_PERCENT = 7;
    static final int TRANSFER_PERCENT = 3;
    static final int WITHDRAW_PERMILLE = 8;
    static final int REFUSE_PERCENT = 3;
    static final int NOT_ACCEPTED_PERCENT = 2; // of online submissions

    private static final char[] SECRET_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private final DueDates dueDates;
    private final WorkingClock clock;
    private final Staff staff;
    private final List<Long> transferTargets;

    Story(DueDates dueDates, Staff staff, List<Long> transferTargets) {
        this.dueDates = dueDates;
        this.clock = dueDates.clock();
        this.staff = staff;
        this.transferTargets = transferTargets;
    }

    /**
     * Lives the dossier up to {@code life.now}. {@code received} is when the counter received it (for an online one,
     * when the counter accepted it; it was submitted up to two days before). The code is given by the caller.
     */
    void live(Life d, LocalDateTime received, Random random) {
        var r = d.route;
        long receiving = r.receivingAgencyId();
        d.counterId = r.counterId();
        Long counterOfficer = staff.counterOfficer(receiving, random);
        d.secret = secret(random);
        if (d.online) {
            d.submittedAt = received.minusMinutes(30 + random.nextInt(2 * 24 * 60));
            d.currentAgency = receiving;
            d.stepPosition = 0;
            d.record("SUBMIT", "SUBMITTED", null, null, null, null, receiving, d.submittedAt, null);
            if (random.nextInt(100) < NOT_ACCEPTED_PERCENT) {
                d.record(
                        "NOT_ACCEPT", "NOT_ACCEPTED", null, counterOfficer, null, receiving, receiving, received, null);
                d.closedAt = received;
                return;
            }
        }
        // --- receipt: the clock starts, the counter's own step is done at once ---
        var deadline = dueDates.deadline(received, r.statutory());
        d.receivedAt = received;
        d.clockStart = deadline.clockStart();
        d.originalDue = deadline.due();
        d.due = deadline.due();
        Province.Step first = r.steps().get(0);
        LocalDateTime firstDue = dueDates.stepDue(d.clockStart, first.budget());
        int position = first.atCounter() ? 1 : 0;
        Province.Step step = r.steps().get(position);
        long agency = step.agencyId();
        enter(d, position, received, agency);
        d.record("RECEIVE", "RECEIVED", first.name(), counterOfficer, null, receiving, agency, received, firstDue);

        boolean late = random.nextInt(100) < LATE_PERCENT;
        boolean supplement = random.nextInt(100) < SUPPLEMENT_PERCENT;
        boolean transfer = random.nextInt(100) < TRANSFER_PERCENT && transferTargets.size() > 1;
        boolean withdraw = random.nextInt(1000) < WITHDRAW_PERMILLE;
        var pauses = new ArrayList<Pause>();
        LocalDateTime t = received;
        int last = r.steps().size() - 1;
        for (; position < last; position++) {
            step = r.steps().get(position);
            if (transfer && position == (first.atCounter() ? 1 : 0)) {
                // wrong agency: handed to another one, which takes the step over
                long target = transferTargets.get(random.nextInt(transferTargets.size()));
                if (target != agency) {
                    t = work(t, WorkingDays.ofHalves(1), 0.2, random);
                    if (!d.happened(t)) return;
                    d.record("TRANSFER", "RECEIVED", step.name(), null, null, agency, target, t, null);
                    agency = target;
                    d.currentAgency = agency;
                    d.transferred = true;
                }
            }
            // the division head assigns an officer
            t = work(t, WorkingDays.ofHalves(1), 0.3, random);
            if (!d.happened(t)) return;
            Long officer = staff.processingOfficer(agency, random);
            d.assignee = officer;
            d.record("ASSIGN", "IN_PROCESS", null, null, officer, agency, agency, t, null);
            if (supplement && position == (first.atCounter() ? 1 : 0)) {
                LocalDateTime asked = work(t, step.budget(), 0.3, random);
                if (!d.happened(asked)) return;
                d.record(
                        "REQUEST_SUPPLEMENT",
                        "SUPPLEMENT_REQUESTED",
                        step.name(),
                        officer,
                        null,
                        agency,
                        agency,
                        asked,
                        null);
                d.supplementRequests = 1;
                d.pausedAt = asked;
                LocalDateTime back = asked.plusDays(1 + random.nextInt(12)).withHour(8 + random.nextInt(8));
                if (!d.happened(back)) {
                    d.pauses.add(new Life.PauseRow(asked, null, "Bổ sung giấy tờ còn thiếu", "Bản sao chứng thực"));
                    return;
                }
                d.pauses.add(new Life.PauseRow(asked, back, "Bổ sung giấy tờ còn thiếu", "Bản sao chứng thực"));
                pauses.add(new Pause(asked, back));
                d.pausedAt = null;
                d.due = dueDates.deadline(received, r.statutory(), pauses, PauseMode.RESUME)
                        .due();
                d.stepDueAt = dueDates.deadline(d.stepStartedAt, step.budget(), pauses, PauseMode.RESUME)
                        .due();
                d.record("SUPPLEMENT_RETURNED", "IN_PROCESS", null, null, officer, agency, agency, back, null);
                t = back;
            }
            if (withdraw) {
                LocalDateTime gone = work(t, step.budget(), 0.2, random);
                if (!d.happened(gone)) return;
                d.record("WITHDRAW", "WITHDRAWN", null, null, null, agency, agency, gone, null);
                d.assignee = null;
                d.closedAt = gone;
                return;
            }
            t = work(t, step.budget(), late ? 1.2 + random.nextDouble() : 0.2 + random.nextDouble() * 0.6, random);
            if (!d.happened(t)) return;
            Province.Step next = r.steps().get(position + 1);
            boolean toLast = position + 1 == last;
            LocalDateTime stepDue = d.stepDueAt;
            enter(d, position + 1, t, next.agencyId());
            d.assignee = null;
            agency = next.agencyId();
            d.record(
                    "FORWARD",
                    toLast ? "PENDING_APPROVAL" : "RECEIVED",
                    step.name(),
                    officer,
                    null,
                    d.events.get(d.events.size() - 1).toAgency(),
                    agency,
                    t,
                    stepDue);
        }
        // --- the deciding agency approves (or refuses), the result goes to the counter ---
        step = r.steps().get(last);
        t = work(t, step.budget(), late ? 1.5 : 0.2 + random.nextDouble() * 0.7, random);
        if (!d.happened(t)) return;
        boolean refuse = random.nextInt(100) < REFUSE_PERCENT;
        LocalDateTime stepDue = d.stepDueAt;
        d.resultReadyAt = t;
        d.assignee = null;
        d.currentAgency = receiving;
        d.record(
                refuse ? "REFUSE" : "APPROVE",
                refuse ? "REFUSED" : "RESULT_READY",
                step.name(),
                staff.leaderOf(step.agencyId()),
                null,
                agency,
                receiving,
                t,
                stepDue);
        LocalDateTime returned = t.plusDays(random.nextInt(6)).withHour(8 + random.nextInt(8));
        if (returned.isBefore(t)) returned = t.plusMinutes(20);
        if (!d.happened(returned)) return;
        d.returnedAt = returned;
        d.closedAt = returned;
        d.record(
                "RETURN",
                "RETURNED",
                null,
                staff.counterOfficer(receiving, random),
                null,
                receiving,
                receiving,
                returned,
                null);
    }

    private void enter(Life d, int position, LocalDateTime startedAt, long agency) {
        Province.Step step = d.route.steps().get(position);
        d.stepPosition = position;
        d.stepStartedAt = startedAt;
        d.stepDueAt = dueDates.stepDue(startedAt, step.budget());
        d.currentAgency = agency;
    }

    /** When work of {@code share} of the budget, started at {@code from}, is done (working time, never instant). */
    private LocalDateTime work(LocalDateTime from, WorkingDays budget, double share, Random random) {
        long minutes = Math.max(10, (long) (budget.halves() * 4 * 60 * share) + random.nextInt(30));
        return clock.plus(from, Duration.ofMinutes(minutes));
    }

    static String secret(Random random) {
        var s = new StringBuilder(6);
        for (int i = 0; i < 6; i++) s.append(SECRET_ALPHABET[random.nextInt(SECRET_ALPHABET.length)]);
        return s.toString();
    }
}
