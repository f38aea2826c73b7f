package vn.motcua.tools.generator;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.platform.text.SearchText;

/**
 * Everything the generator knows about the columns of the tables it writes, one block per table: the column list and
 * the row built from the generator's model, side by side. A schema change (a new NOT NULL column, a renamed one) is
 * adapted here and nowhere else. The order of {@link #ALL} is the load order (foreign keys), for JDBC and for bcp.
 */
final class Tables {

    private Tables() {}

    // --- officer, officer_agency, officer_role: the generated staff and the benchmark officers --------------------
    static final Table OFFICER = new Table(
            "officer",
            "id",
            "username",
            "full_name",
            "email",
            "phone",
            "password_hash",
            "password_change_required",
            "failed_logins",
            "locked_until",
            "last_login_at",
            "active",
            "created_at",
            "version",
            "search_text");

    static Object[] officer(Staff.Member m) {
        return new Object[] {
            m.id(),
            m.username(),
            m.fullName(),
            null,
            null,
            m.passwordHash(),
            false,
            0,
            null,
            null,
            true,
            m.createdAt(),
            0,
            SearchText.fold(300, m.fullName(), m.username())
        };
    }

    static final Table OFFICER_AGENCY = new Table("officer_agency", "officer_id", "agency_id");

    static Object[] officerAgency(Staff.Member m) {
        return new Object[] {m.id(), m.agencyId()};
    }

    static final Table OFFICER_ROLE = new Table("officer_role", "officer_id", "role_id");

    static Object[] officerRole(Staff.Member m, long roleId) {
        return new Object[] {m.id(), roleId};
    }

    // --- applicant -----------------------------------------------------------------------------------------------
    static final Table APPLICANT = new Table(
            "applicant",
            "id",
            "kind",
            "id_number",
            "name",
            "birth_date",
            "address",
            "phone",
            "email",
            "version",
            "search_text");

    static Object[] applicant(People.Person p) {
        return new Object[] {
            p.id(),
            p.organisation() ? "ORGANISATION" : "CITIZEN",
            p.idNumber(),
            p.name(),
            p.birthDate(),
            p.address(),
            p.phone(),
            p.email(),
            0,
            SearchText.fold(300, p.name())
        };
    }

    // --- dossier -------------------------------------------------------------------------------------------------
    static final Table DOSSIER = new Table(
            "dossier",
            "id",
            "code",
            "lookup_secret",
            "submission_token",
            "procedure_id",
            "procedure_version_id",
            "applicant_id",
            "channel",
            "receiving_agency_id",
            "counter_id",
            "current_agency_id",
            "assignee_id",
            "state",
            "step_position",
            "step_started_at",
            "step_due_at",
            "received_at",
            "clock_start",
            "original_due_at",
            "due_at",
            "paused_at",
            "supplement_requests",
            "result_ready_at",
            "returned_at",
            "closed_at",
            "submitted_at",
            "declared_name",
            "declared_birth_date",
            "declared_address",
            "declared_phone",
            "declared_email",
            "deciding_agency_id",
            "version");

    static Object[] dossier(Life d) {
        People.Person p = d.applicant;
        boolean online = d.online;
        return new Object[] {
            d.id,
            d.code,
            d.secret,
            "gen-" + d.id,
            d.route.procedureId(),
            d.route.versionId(),
            p.id(),
            online ? "ONLINE" : "COUNTER",
            d.route.receivingAgencyId(),
            d.counterId,
            d.currentAgency,
            d.assignee,
            d.state,
            d.stepPosition,
            d.stepStartedAt,
            d.stepDueAt,
            d.receivedAt,
            d.clockStart,
            d.originalDue,
            d.due,
            d.pausedAt,
            d.supplementRequests,
            d.resultReadyAt,
            d.returnedAt,
            d.closedAt,
            d.submittedAt,
            online ? p.name() : null,
            online ? p.birthDate() : null,
            online ? p.address() : null,
            online ? p.phone() : null,
            online ? p.email() : null,
            d.route.decidingAgencyId(),
            d.events.size()
        };
    }

    // --- dossier_agency: every agency that has held the dossier (officers' scope) ---------------------------------
    static final Table DOSSIER_AGENCY = new Table("dossier_agency", "dossier_id", "agency_id");

    static Object[] dossierAgency(Life d, long agencyId) {
        return new Object[] {d.id, agencyId};
    }

    // --- dossier_route: the agency of each step as it stood at receipt --------------------------------------------
    static final Table DOSSIER_ROUTE = new Table("dossier_route", "dossier_id", "step_position", "agency_id");

    static Object[] routeStep(Life d, int position) {
        return new Object[] {d.id, position, d.route.steps().get(position).agencyId()};
    }

    // --- hand_over: the history, one row per transition (form 05) ------------------------------------------------
    static final Table HAND_OVER = new Table(
            "hand_over",
            "id",
            "dossier_id",
            "position",
            "action",
            "from_state",
            "to_state",
            "step_name",
            "from_officer_id",
            "to_officer_id",
            "from_agency_id",
            "to_agency_id",
            "handed_at",
            "step_due_at",
            "verdict",
            "comment");

    static Object[] handOver(long id, Life d, int position, Life.Event e) {
        return new Object[] {
            id,
            d.id,
            position,
            e.action(),
            e.fromState(),
            e.toState(),
            e.stepName(),
            e.fromOfficer(),
            e.toOfficer(),
            e.fromAgency(),
            e.toAgency(),
            e.at(),
            e.stepDue(),
            e.verdict(),
            e.comment()
        };
    }

    // --- dossier_pause: time the clock stood still (supplement) ------------------------------------------------
    static final Table DOSSIER_PAUSE =
            new Table("dossier_pause", "id", "dossier_id", "kind", "paused_at", "resumed_at", "reason", "missing");

    static Object[] pause(long id, Life d, Life.PauseRow p) {
        return new Object[] {id, d.id, "SUPPLEMENT", p.pausedAt(), p.resumedAt(), p.reason(), p.missing()};
    }

    // --- dossier_code_counter: the last number handed out per agency and day ---------------------------------
    static final Table CODE_COUNTER = new Table("dossier_code_counter", "agency_id", "code_day", "last_seq");

    static Object[] codeCounter(long agencyId, LocalDate day, int lastSeq) {
        return new Object[] {agencyId, day, lastSeq};
    }

    // --- report_dossier: the reporting facts of each dossier (rules in ReportRow) -----------------------------
    static final Table REPORT_DOSSIER = new Table(
            "report_dossier",
            "dossier_id",
            "code",
            "agency_id",
            "receiving_agency_id",
            "counter_id",
            "procedure_id",
            "sector_id",
            "assignee_id",
            "state",
            "online",
            "outcome",
            "received_at",
            "ended_at",
            "open_until",
            "due_at",
            "extended",
            "paused_at",
            "supplement_requests",
            "scored_late",
            "digitised",
            "electronic_result",
            "updated_at");

    static Object[] reportDossier(Life d, ReportRow rules) {
        String outcome = rules.outcome(d);
        java.time.LocalDateTime ended = ReportRow.endedAt(d, outcome);
        return new Object[] {
            d.id,
            d.code,
            d.route.decidingAgencyId(),
            d.route.receivingAgencyId(),
            d.counterId,
            d.route.procedureId(),
            d.route.sectorId(),
            d.assignee,
            d.state,
            d.online,
            outcome,
            d.receivedAt,
            ended,
            ended == null ? ReportRow.OPEN : ended,
            d.due,
            false,
            d.pausedAt,
            d.supplementRequests,
            rules.scoredLate(d, outcome, ended),
            false,
            false,
            d.now
        };
    }

    // --- report_step: each step handed on and the working time it was held (the rule: StepHandedOn) ------------
    static final Table REPORT_STEP = new Table(
            "report_step",
            "hand_over_id",
            "dossier_id",
            "officer_id",
            "agency_id",
            "step_name",
            "verdict",
            "handed_at",
            "held_seconds");

    /** A hand-over with a step name, made by an officer of an agency: the rows FactsBackfill.fillSteps would write. */
    static Object[] reportStep(long handOverId, Life d, Life.Event e, long heldSeconds) {
        return new Object[] {
            handOverId, d.id, e.fromOfficer(), e.fromAgency(), e.stepName(), e.verdict(), e.at(), heldSeconds
        };
    }

    /** Load order. */
    static final List<Table> ALL = List.of(
            OFFICER,
            OFFICER_AGENCY,
            OFFICER_ROLE,
            APPLICANT,
            DOSSIER,
            DOSSIER_AGENCY,
            DOSSIER_ROUTE,
            HAND_OVER,
            DOSSIER_PAUSE,
            REPORT_DOSSIER,
            REPORT_STEP,
            CODE_COUNTER);

    /** The sequences whose next values must lie above the generated ids, with the tables that draw from them. */
    static final List<List<String>> SEQUENCES = List.of(
            List.of("officer_seq", "officer"),
            List.of("applicant_seq", "applicant"),
            List.of("dossier_seq", "dossier"),
            List.of("dossier_part_seq", "hand_over", "dossier_pause"));
}
