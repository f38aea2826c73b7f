package vn.motcua.catalog.control.transfer;

import static vn.motcua.catalog.control.transfer.CatalogWorkbook.DOCUMENTS;
import static vn.motcua.catalog.control.transfer.CatalogWorkbook.FEES;
import static vn.motcua.catalog.control.transfer.CatalogWorkbook.PROCEDURES;
import static vn.motcua.catalog.control.transfer.CatalogWorkbook.STEPS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.catalog.control.VersionRules;
import vn.motcua.catalog.entity.Fee;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.catalog.entity.StepActing;
import vn.motcua.catalog.entity.StepAction;

/**
 * Turns the rows of a catalog workbook into procedures to import and lines to refuse. A procedure's rows on every
 * sheet are one unit: one bad row anywhere keeps the whole procedure out (and only that row is reported, with the
 * first reason found). Pure Java, no container: the codes are looked up through {@link CatalogCodes}.
 */
public final class ProcedureRows {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal MAX_DAYS = new BigDecimal("365");

    /** A problem found on a row: stops the checks of that row. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Rejection rejection;

        Refused(Rejection rejection) {
            super(rejection.reasonKey(), null, false, false);
            this.rejection = rejection;
        }
    }

    /** A procedure being assembled from its rows. */
    private static final class Unit {
        final int line;
        final ProcedureVersion content;
        final List<SheetRow> stepRows = new ArrayList<>();
        final List<Set<StepAction>> stepActions = new ArrayList<>();
        boolean refused;

        Unit(int line, ProcedureVersion content) {
            this.line = line;
            this.content = content;
        }
    }

    private final CatalogCodes codes;
    private final Map<String, Unit> units = new LinkedHashMap<>();
    /** Codes of the procedures sheet, valid or not, with their first line (to tell duplicates and orphans apart). */
    private final Map<String, Integer> firstLines = new HashMap<>();

    private final Set<String> refusedCodes = new HashSet<>();
    private final List<Rejection> rejections = new ArrayList<>();

    private ProcedureRows(CatalogCodes codes) {
        this.codes = codes;
    }

    public static ImportPlan plan(Map<String, List<SheetRow>> sheets, CatalogCodes codes) {
        var rows = new ProcedureRows(codes);
        sheets.getOrDefault(PROCEDURES, List.of()).forEach(rows::procedure);
        sheets.getOrDefault(DOCUMENTS, List.of()).forEach(row -> rows.part(row, rows::document));
        sheets.getOrDefault(FEES, List.of()).forEach(row -> rows.part(row, rows::fee));
        sheets.getOrDefault(STEPS, List.of()).forEach(row -> rows.part(row, rows::step));
        return rows.finish();
    }

    private void procedure(SheetRow row) {
        String code = row.code();
        try {
            if (code.isEmpty()) {
                throw refuse(row, "code.missing");
            }
            if (!code.matches("[A-Za-z0-9._-]{3,40}")) {
                throw refuse(row, "code.pattern", code);
            }
            Integer first = firstLines.putIfAbsent(code, row.line());
            if (first != null) {
                refusedCodes.add(code);
                throw refuse(row, "code.duplicate", code, first);
            }
            var content = new ProcedureVersion(new Procedure(code));
            content.setName(text(row, 1, 500, true, "name.missing"));
            String sectorCode = text(row, 2, 40, true, "sector.missing");
            content.setSector(codes.sector(sectorCode).orElseThrow(() -> refuse(row, "sector.unknown", sectorCode)));
            String agencyCode = text(row, 3, 40, true, "agency.missing");
            content.setDecidingAgency(
                    codes.agency(agencyCode).orElseThrow(() -> refuse(row, "agency.unknown", agencyCode)));
            content.setStatutoryDays(days(row, 4, "days"));
            String level = row.cell(5);
            content.setOnlineLevel(CatalogWorkbook.choice(CatalogWorkbook.ONLINE_LEVELS, level)
                    .orElseThrow(() -> refuse(
                            row, "level.unknown", level, CatalogWorkbook.labels(CatalogWorkbook.ONLINE_LEVELS))));
            content.setResultName(text(row, 6, 500, false, null));
            content.setLegalBasis(text(row, 7, 4000, false, null));
            units.put(code, new Unit(row.line(), content));
        } catch (Refused e) {
            refusedCodes.add(code);
            rejections.add(e.rejection);
        }
    }

    private interface PartReader {
        void read(SheetRow row, Unit unit) throws Refused;
    }

    private void part(SheetRow row, PartReader reader) {
        String code = row.code();
        try {
            if (code.isEmpty()) {
                throw refuse(row, "code.missing");
            }
            if (!firstLines.containsKey(code)) {
                throw refuse(row, "code.unknown", code, PROCEDURES);
            }
            Unit unit = units.get(code);
            reader.read(row, unit != null ? unit : new Unit(row.line(), new ProcedureVersion(new Procedure(code))));
        } catch (Refused e) {
            refusedCodes.add(code);
            rejections.add(e.rejection);
        }
    }

    private void document(SheetRow row, Unit unit) throws Refused {
        var document = new RequiredDocument();
        document.setName(text(row, 1, 1000, true, "document.name.missing"));
        String kind = row.cell(2);
        document.setCopyKind(
                kind.isEmpty()
                        ? vn.motcua.catalog.entity.CopyKind.ORIGINAL
                        : CatalogWorkbook.choice(CatalogWorkbook.COPY_KINDS, kind)
                                .orElseThrow(() -> refuse(
                                        row,
                                        "document.copyKind",
                                        kind,
                                        CatalogWorkbook.labels(CatalogWorkbook.COPY_KINDS))));
        String copies = row.cell(3);
        if (!copies.isEmpty()) {
            BigDecimal count = CatalogWorkbook.decimal(copies).orElse(BigDecimal.ZERO);
            if (count.stripTrailingZeros().scale() > 0
                    || count.compareTo(BigDecimal.ONE) < 0
                    || count.compareTo(new BigDecimal(99)) > 0) {
                throw refuse(row, "document.copies", copies);
            }
            document.setCopies(count.intValue());
        }
        String mandatory = row.cell(4);
        document.setMandatory(mandatory.isEmpty()
                || CatalogWorkbook.choice(CatalogWorkbook.YES_NO, mandatory)
                        .orElseThrow(() -> refuse(row, "document.mandatory", mandatory)));
        unit.content.getDocuments().add(document);
    }

    private void fee(SheetRow row, Unit unit) throws Refused {
        var fee = new Fee();
        fee.setName(text(row, 1, 500, true, "fee.name.missing"));
        String kind = row.cell(2);
        fee.setKind(CatalogWorkbook.choice(CatalogWorkbook.FEE_KINDS, kind)
                .orElseThrow(() -> refuse(row, "fee.kind", kind, CatalogWorkbook.labels(CatalogWorkbook.FEE_KINDS))));
        String amount = row.cell(3);
        BigDecimal value = CatalogWorkbook.amount(amount).orElseThrow(() -> refuse(row, "fee.amount", amount));
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0 || value.precision() > 15) {
            throw refuse(row, "fee.amount", amount);
        }
        fee.setAmount(value.setScale(0));
        String due = row.cell(4);
        fee.setDue(
                due.isEmpty()
                        ? vn.motcua.catalog.entity.FeeDue.AT_RECEIPT
                        : CatalogWorkbook.choice(CatalogWorkbook.FEE_DUES, due)
                                .orElseThrow(() ->
                                        refuse(row, "fee.due", due, CatalogWorkbook.labels(CatalogWorkbook.FEE_DUES))));
        unit.content.getFees().add(fee);
    }

    private void step(SheetRow row, Unit unit) throws Refused {
        var step = new ProcessStep();
        step.setName(text(row, 1, 255, true, "step.name.missing"));
        String role = text(row, 2, 100, true, "step.role.missing");
        step.setRole(codes.role(role).orElseThrow(() -> refuse(row, "step.role.unknown", role)));
        step.setBudgetDays(days(row, 3, "step.days"));
        Set<StepAction> actions = EnumSet.noneOf(StepAction.class);
        for (String label : row.cell(4).split("[,;\\n]")) {
            if (!label.isBlank()) {
                actions.add(CatalogWorkbook.choice(CatalogWorkbook.STEP_ACTIONS, label)
                        .orElseThrow(() -> refuse(
                                row,
                                "step.action",
                                label.strip(),
                                CatalogWorkbook.labels(CatalogWorkbook.STEP_ACTIONS))));
            }
        }
        String place = row.cell(5);
        if (place.isEmpty()
                || CatalogWorkbook.fold(place).equals(CatalogWorkbook.fold(CatalogWorkbook.DECIDING_AGENCY))) {
            step.setActing(StepActing.DECIDING_AGENCY);
        } else if (CatalogWorkbook.fold(place).equals(CatalogWorkbook.fold(CatalogWorkbook.RECEIVING_COUNTER))) {
            step.setActing(StepActing.RECEIVING_COUNTER);
        } else {
            step.setActing(StepActing.NAMED_AGENCY);
            step.setAgency(codes.agency(place).orElseThrow(() -> refuse(row, "step.place", place)));
        }
        unit.content.getSteps().add(step);
        unit.stepRows.add(row);
        unit.stepActions.add(actions);
    }

    private ImportPlan finish() {
        var procedures = new ArrayList<ParsedProcedure>();
        for (var entry : units.entrySet()) {
            String code = entry.getKey();
            Unit unit = entry.getValue();
            if (refusedCodes.contains(code)) {
                continue;
            }
            Optional<Rejection> problem = processProblem(unit);
            if (problem.isPresent()) {
                rejections.add(problem.get());
                continue;
            }
            procedures.add(new ParsedProcedure(code, unit.line, unit.content));
        }
        rejections.sort(java.util.Comparator.comparing((Rejection r) -> CatalogWorkbook.DATA_SHEETS.indexOf(r.sheet()))
                .thenComparing(Rejection::line));
        return new ImportPlan(List.copyOf(procedures), List.copyOf(rejections));
    }

    /** Completes the steps' actions and checks the process as a whole; blames the first step row. */
    private Optional<Rejection> processProblem(Unit unit) {
        List<ProcessStep> steps = unit.content.getSteps();
        if (steps.isEmpty()) {
            return Optional.empty(); // the standard process is used
        }
        for (int i = 0; i < steps.size(); i++) {
            Set<StepAction> actions = unit.stepActions.get(i);
            if (actions.isEmpty()) {
                boolean last = i == steps.size() - 1;
                actions = last
                        ? (i == 0
                                ? EnumSet.of(StepAction.APPROVE)
                                : EnumSet.of(StepAction.APPROVE, StepAction.SEND_BACK))
                        : EnumSet.of(StepAction.FORWARD);
            }
            steps.get(i).setActions(actions);
        }
        SheetRow first = unit.stepRows.get(0);
        BigDecimal total = unit.content.stepBudgetTotal();
        if (total.compareTo(unit.content.getStatutoryDays()) != 0) {
            return Optional.of(Rejection.of(
                    first,
                    "catalog.transfer.reason.step.budgetSum",
                    CatalogWorkbook.days(total),
                    CatalogWorkbook.days(unit.content.getStatutoryDays())));
        }
        if (steps.get(0).getActions().contains(StepAction.SEND_BACK)) {
            return Optional.of(Rejection.of(first, "catalog.transfer.reason.step.firstSendsBack"));
        }
        if (!steps.get(steps.size() - 1).getActions().contains(StepAction.APPROVE)) {
            return Optional.of(
                    Rejection.of(unit.stepRows.get(steps.size() - 1), "catalog.transfer.reason.step.lastApproves"));
        }
        // Anything else the catalog's own rules say (kept in one place: VersionRules).
        List<VersionRules.Problem> problems = VersionRules.check(unit.content);
        if (!problems.isEmpty()) {
            return Optional.of(new Rejection(
                    first.sheet(),
                    first.line(),
                    first.code(),
                    problems.get(0).key(),
                    java.util.Arrays.stream(problems.get(0).args())
                            .map(String::valueOf)
                            .toList()));
        }
        return Optional.empty();
    }

    /** Days in halves, 0.5 to 365. */
    private BigDecimal days(SheetRow row, int column, String reason) throws Refused {
        String cell = row.cell(column);
        if (cell.isEmpty()) {
            throw refuse(row, reason + ".missing");
        }
        BigDecimal days = CatalogWorkbook.decimal(cell).orElseThrow(() -> refuse(row, reason + ".number", cell));
        if (days.remainder(HALF).signum() != 0) {
            throw refuse(row, reason + ".half", cell);
        }
        if (days.compareTo(HALF) < 0 || days.compareTo(MAX_DAYS) > 0) {
            throw refuse(row, reason + ".range", cell);
        }
        return days.setScale(1);
    }

    private String text(SheetRow row, int column, int max, boolean required, String missingReason) throws Refused {
        String text = row.cell(column);
        if (text.isEmpty()) {
            if (required) {
                throw refuse(row, missingReason);
            }
            return null;
        }
        if (text.length() > max) {
            throw refuse(
                    row, "tooLong", CatalogWorkbook.HEADERS.get(row.sheet()).get(column), max);
        }
        return text;
    }

    private static Refused refuse(SheetRow row, String reason, Object... arguments) {
        return new Refused(Rejection.of(row, "catalog.transfer.reason." + reason, arguments));
    }
}
