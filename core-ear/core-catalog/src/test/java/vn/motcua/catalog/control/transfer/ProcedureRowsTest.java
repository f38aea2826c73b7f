package vn.motcua.catalog.control.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.catalog.control.transfer.CatalogWorkbook.DOCUMENTS;
import static vn.motcua.catalog.control.transfer.CatalogWorkbook.FEES;
import static vn.motcua.catalog.control.transfer.CatalogWorkbook.PROCEDURES;
import static vn.motcua.catalog.control.transfer.CatalogWorkbook.STEPS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.catalog.entity.CopyKind;
import vn.motcua.catalog.entity.FeeDue;
import vn.motcua.catalog.entity.FeeKind;
import vn.motcua.catalog.entity.OnlineLevel;
import vn.motcua.catalog.entity.StepActing;
import vn.motcua.catalog.entity.StepAction;

class ProcedureRowsTest {

    private static final String[] GOOD = {
        "1.001234",
        "Cấp giấy phép xuất bản bản tin",
        "BCXB",
        "000.00.12.H99",
        "10",
        "Một phần",
        "Giấy phép",
        "Luật Báo chí 2016"
    };

    /** A workbook of one good procedure (line 2) plus the rows a case adds, by sheet. */
    private static Map<String, List<SheetRow>> workbook(String sheet, String... cells) {
        var sheets = new HashMap<String, List<SheetRow>>();
        sheets.put(PROCEDURES, new ArrayList<>(List.of(new SheetRow(PROCEDURES, 2, List.of(GOOD)))));
        if (sheet != null) {
            sheets.computeIfAbsent(sheet, s -> new ArrayList<>()).add(new SheetRow(sheet, 3, List.of(cells)));
        }
        return sheets;
    }

    private static String[] good(int column, String value) {
        String[] cells = GOOD.clone();
        cells[0] = "2.000999";
        cells[column] = value;
        return cells;
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of(PROCEDURES, good(0, ""), "code.missing"),
                Arguments.of(PROCEDURES, good(0, "a b"), "code.pattern"),
                Arguments.of(PROCEDURES, GOOD, "code.duplicate"),
                Arguments.of(PROCEDURES, good(1, " "), "name.missing"),
                Arguments.of(PROCEDURES, good(1, "x".repeat(501)), "tooLong"),
                Arguments.of(PROCEDURES, good(2, "KHONGCO"), "sector.unknown"),
                Arguments.of(PROCEDURES, good(2, ""), "sector.missing"),
                Arguments.of(PROCEDURES, good(3, "000.99.99.H99"), "agency.unknown"),
                Arguments.of(PROCEDURES, good(4, ""), "days.missing"),
                Arguments.of(PROCEDURES, good(4, "mười"), "days.number"),
                Arguments.of(PROCEDURES, good(4, "2,3"), "days.half"),
                Arguments.of(PROCEDURES, good(4, "0.25"), "days.half"),
                Arguments.of(PROCEDURES, good(4, "0"), "days.range"),
                Arguments.of(PROCEDURES, good(4, "400"), "days.range"),
                Arguments.of(PROCEDURES, good(5, "Cấp độ 4"), "level.unknown"),
                Arguments.of(DOCUMENTS, new String[] {"9.999", "Tờ khai"}, "code.unknown"),
                Arguments.of(DOCUMENTS, new String[] {"", "Tờ khai"}, "code.missing"),
                Arguments.of(DOCUMENTS, new String[] {"1.001234", ""}, "document.name.missing"),
                Arguments.of(DOCUMENTS, new String[] {"1.001234", "Tờ khai", "Bản phô tô"}, "document.copyKind"),
                Arguments.of(DOCUMENTS, new String[] {"1.001234", "Tờ khai", "Bản chính", "1,5"}, "document.copies"),
                Arguments.of(DOCUMENTS, new String[] {"1.001234", "Tờ khai", "Bản chính", "100"}, "document.copies"),
                Arguments.of(
                        DOCUMENTS,
                        new String[] {"1.001234", "Tờ khai", "Bản chính", "1", "Có thể"},
                        "document.mandatory"),
                Arguments.of(FEES, new String[] {"1.001234", "", "Phí", "1000"}, "fee.name.missing"),
                Arguments.of(FEES, new String[] {"1.001234", "Lệ phí cấp phép", "Thuế", "1000"}, "fee.kind"),
                Arguments.of(FEES, new String[] {"1.001234", "Lệ phí cấp phép", "Lệ phí", "-5"}, "fee.amount"),
                Arguments.of(FEES, new String[] {"1.001234", "Lệ phí cấp phép", "Lệ phí", "12.5"}, "fee.amount"),
                Arguments.of(FEES, new String[] {"1.001234", "Lệ phí", "Lệ phí", "100", "Cuối năm"}, "fee.due"),
                Arguments.of(STEPS, new String[] {"1.001234", "", "LEADER", "10"}, "step.name.missing"),
                Arguments.of(STEPS, new String[] {"1.001234", "Duyệt", "GIAMDOC", "10"}, "step.role.unknown"),
                Arguments.of(STEPS, new String[] {"1.001234", "Duyệt", "LEADER", "9,7"}, "step.days.half"),
                Arguments.of(STEPS, new String[] {"1.001234", "Duyệt", "LEADER", "10", "Ký số"}, "step.action"),
                Arguments.of(
                        STEPS, new String[] {"1.001234", "Duyệt", "LEADER", "10", "Phê duyệt", "Sở XYZ"}, "step.place"),
                Arguments.of(STEPS, new String[] {"1.001234", "Duyệt", "LEADER", "8"}, "step.budgetSum"),
                Arguments.of(
                        STEPS,
                        new String[] {"1.001234", "Xử lý", "LEADER", "10", "Chuyển bước tiếp"},
                        "step.lastApproves"));
    }

    @ParameterizedTest(name = "{2} on {0}")
    @MethodSource("badRows")
    void aBadRowIsReportedWithItsLineAndReasonAndKeepsItsProcedureOut(String sheet, String[] cells, String reason) {
        ImportPlan plan = ProcedureRows.plan(workbook(sheet, cells), new TestCodes());

        assertThat(plan.rejections()).hasSize(1);
        Rejection rejection = plan.rejections().get(0);
        assertThat(rejection.sheet()).isEqualTo(sheet);
        assertThat(rejection.line()).isEqualTo(3);
        assertThat(rejection.reasonKey()).isEqualTo("catalog.transfer.reason." + reason);
        boolean ownProcedure = sheet.equals(PROCEDURES) && !reason.equals("code.duplicate");
        boolean orphan = reason.equals("code.unknown") || reason.equals("code.missing");
        if (ownProcedure || orphan) {
            assertThat(plan.procedures())
                    .extracting(ParsedProcedure::nationalCode)
                    .containsExactly("1.001234");
        } else {
            assertThat(plan.procedures())
                    .as("the procedure of the bad row is not imported")
                    .isEmpty();
        }
    }

    @Test
    void goodRowsOnEverySheetMakeOneProcedure() {
        var sheets = workbook(null);
        sheets.put(
                DOCUMENTS,
                List.of(
                        row(DOCUMENTS, 2, "1.001234", "Tờ khai đề nghị", "Bản chính", "1", "Có"),
                        row(DOCUMENTS, 3, "1.001234", "Bản sao giấy phép cũ", "ban sao chung thuc", "2", "không")));
        sheets.put(FEES, List.of(row(FEES, 2, "1.001234", "Lệ phí cấp phép", "Lệ phí", "1.500.000", "Khi tiếp nhận")));
        sheets.put(
                STEPS,
                List.of(
                        row(STEPS, 2, "1.001234", "Tiếp nhận", "COUNTER_OFFICER", "0,5", "", "Bộ phận một cửa"),
                        row(
                                STEPS,
                                3,
                                "1.001234",
                                "Thẩm định",
                                "PROCESSING_OFFICER",
                                "8.5",
                                "Chuyển bước tiếp, Yêu cầu bổ sung"),
                        row(STEPS, 4, "1.001234", "Phê duyệt", "LEADER", "1", "", "000.31.02.H99")));

        ImportPlan plan = ProcedureRows.plan(sheets, new TestCodes());

        assertThat(plan.rejections()).isEmpty();
        var content = plan.procedures().get(0).content();
        assertThat(content.getName()).isEqualTo("Cấp giấy phép xuất bản bản tin");
        assertThat(content.getStatutoryDays()).isEqualByComparingTo("10");
        assertThat(content.getOnlineLevel()).isEqualTo(OnlineLevel.PARTIAL);
        assertThat(content.getDocuments())
                .extracting(d -> d.getCopyKind(), d -> d.getCopies(), d -> d.isMandatory())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CopyKind.ORIGINAL, 1, true),
                        org.assertj.core.groups.Tuple.tuple(CopyKind.CERTIFIED_COPY, 2, false));
        assertThat(content.getFees().get(0).getAmount()).isEqualByComparingTo(new BigDecimal("1500000"));
        assertThat(content.getFees().get(0).getKind()).isEqualTo(FeeKind.CHARGE);
        assertThat(content.getFees().get(0).getDue()).isEqualTo(FeeDue.AT_RECEIPT);
        assertThat(content.getSteps())
                .extracting(s -> s.getActing())
                .containsExactly(StepActing.RECEIVING_COUNTER, StepActing.DECIDING_AGENCY, StepActing.NAMED_AGENCY);
        assertThat(content.getSteps().get(0).getActions()).containsExactly(StepAction.FORWARD);
        assertThat(content.getSteps().get(1).getActions())
                .containsExactlyInAnyOrder(StepAction.FORWARD, StepAction.REQUEST_SUPPLEMENT);
        assertThat(content.getSteps().get(2).getActions())
                .containsExactlyInAnyOrder(StepAction.APPROVE, StepAction.SEND_BACK);
    }

    @Test
    void aDuplicateCodeKeepsBothRowsOutAndReportsTheSecond() {
        var sheets = workbook(PROCEDURES, GOOD);
        sheets.get(PROCEDURES).add(new SheetRow(PROCEDURES, 4, List.of(good(1, "Thủ tục khác"))));

        ImportPlan plan = ProcedureRows.plan(sheets, new TestCodes());

        assertThat(plan.rejections())
                .extracting(Rejection::line, Rejection::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, List.of("1.001234", "2")));
        assertThat(plan.procedures()).extracting(ParsedProcedure::nationalCode).containsExactly("2.000999");
    }

    @Test
    void rowsOfAProcedureRefusedOnItsOwnSheetAreNotReportedAgain() {
        var sheets = new HashMap<String, List<SheetRow>>();
        sheets.put(PROCEDURES, List.of(new SheetRow(PROCEDURES, 2, List.of(good(2, "KHONGCO")))));
        sheets.put(DOCUMENTS, List.of(row(DOCUMENTS, 2, "2.000999", "Tờ khai")));

        ImportPlan plan = ProcedureRows.plan(sheets, new TestCodes());

        assertThat(plan.rejections()).extracting(Rejection::sheet).containsExactly(PROCEDURES);
        assertThat(plan.procedures()).isEmpty();
    }

    private static SheetRow row(String sheet, int line, String... cells) {
        return new SheetRow(sheet, line, Arrays.asList(cells));
    }
}
