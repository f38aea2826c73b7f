package vn.motcua.catalog.control.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.entity.CopyKind;
import vn.motcua.catalog.entity.Fee;
import vn.motcua.catalog.entity.FeeDue;
import vn.motcua.catalog.entity.FeeKind;
import vn.motcua.catalog.entity.OnlineLevel;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.catalog.entity.StepActing;
import vn.motcua.catalog.entity.StepAction;
import vn.motcua.spi.DomainException;

/** What the writer writes, the reader reads back as the same procedures; files that are not .xlsx are refused. */
class WorkbookRoundTripTest {

    private final TestCodes codes = new TestCodes();

    @Test
    void anExportReadsBackAsTheSameProcedures() {
        byte[] file = write(3);

        ImportPlan plan = ProcedureRows.plan(WorkbookReader.read(file), codes);

        assertThat(plan.rejections()).isEmpty();
        assertThat(plan.procedures())
                .extracting(ParsedProcedure::nationalCode)
                .containsExactly("1.000000", "1.000001", "1.000002");
        ProcedureVersion read = plan.procedures().get(1).content();
        assertThat(read.getName()).isEqualTo("Thủ tục số 1 — cấp phép");
        assertThat(read.getStatutoryDays()).isEqualByComparingTo("7.5");
        assertThat(read.getOnlineLevel()).isEqualTo(OnlineLevel.FULL);
        assertThat(read.getLegalBasis()).isEqualTo("Nghị định 118/2025/NĐ-CP");
        assertThat(read.getDocuments()).hasSize(2);
        assertThat(read.getDocuments().get(1).getCopyKind()).isEqualTo(CopyKind.PHOTOCOPY);
        assertThat(read.getDocuments().get(1).isMandatory()).isFalse();
        assertThat(read.getFees().get(0).getAmount()).isEqualByComparingTo("150000");
        assertThat(read.getSteps())
                .extracting(ProcessStep::getBudgetDays)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.5"), new BigDecimal("6"), new BigDecimal("1"));
        assertThat(read.getSteps().get(0).getActing()).isEqualTo(StepActing.RECEIVING_COUNTER);
        assertThat(read.getSteps().get(1).getActions())
                .containsExactlyInAnyOrder(StepAction.FORWARD, StepAction.REQUEST_SUPPLEMENT, StepAction.TRANSFER);
    }

    @Test
    void theTemplateHasEveryDataSheetWithVietnameseHeadersAndDropdowns() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var writer = new WorkbookWriter(
                new ArrayList<>(codes.sectors.values()), new ArrayList<>(codes.agencies.values()), List.of())) {
            writer.write(out);
        }
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            for (String sheet : CatalogWorkbook.DATA_SHEETS) {
                assertThat(workbook.getSheet(sheet).getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo("Mã TTHC");
            }
            assertThat(workbook.getSheet(CatalogWorkbook.PROCEDURES).getDataValidations())
                    .hasSizeGreaterThanOrEqualTo(3);
            assertThat(workbook.getSheet(CatalogWorkbook.CODES)
                            .getRow(1)
                            .getCell(0)
                            .getStringCellValue())
                    .isIn("BCXB", "BTXH");
        }
        assertThat(ProcedureRows.plan(WorkbookReader.read(out.toByteArray()), codes)
                        .procedures())
                .isEmpty();
    }

    @Test
    void twoThousandProceduresAreReadAndChecked() {
        // a province's whole catalog in one workbook; how long it takes is printed, not asserted (no timed unit tests)
        byte[] file = write(2_000);
        long start = System.nanoTime();
        ImportPlan plan = ProcedureRows.plan(WorkbookReader.read(file), codes);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Read and checked 2,000 procedures (%d KB) in %d ms%n", file.length / 1024, millis);
        assertThat(plan.procedures()).hasSize(2_000);
    }

    @Test
    void whatIsNotAnXlsxWorkbookIsRefusedByItsContent() throws Exception {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertRefused(xls, "catalog.transfer.file.xls");
        assertRefused(
                "Mã TTHC;Tên\n1.0001;x".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "catalog.transfer.file.notXlsx");
        assertRefused(new byte[0], "catalog.transfer.file.empty");
        assertRefused(new byte[WorkbookReader.MAX_BYTES + 1], "catalog.transfer.file.tooLarge");
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("xin chào".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertRefused(zip.toByteArray(), "catalog.transfer.file.notXlsx");
    }

    private static void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> WorkbookReader.read(content))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private byte[] write(int count) {
        var out = new ByteArrayOutputStream();
        try (var writer = new WorkbookWriter(List.of(), List.of(), List.of())) {
            for (int i = 0; i < count; i++) {
                ProcedureVersion version = version(i);
                writer.procedure(version, version.getDocuments(), version.getFees(), version.getSteps());
            }
            writer.write(out);
        }
        return out.toByteArray();
    }

    private ProcedureVersion version(int i) {
        var v = new ProcedureVersion(new Procedure("1.%06d".formatted(i)));
        v.setName("Thủ tục số " + i + " — cấp phép");
        v.setSector(codes.sectors.get("BCXB"));
        v.setDecidingAgency(codes.agencies.get("000.00.12.H99"));
        v.setStatutoryDays(new BigDecimal("7.5"));
        v.setOnlineLevel(OnlineLevel.FULL);
        v.setResultName("Giấy phép");
        v.setLegalBasis("Nghị định 118/2025/NĐ-CP");
        var form = new RequiredDocument();
        form.setName("Tờ khai");
        var copy = new RequiredDocument();
        copy.setName("Bản chụp CCCD");
        copy.setCopyKind(CopyKind.PHOTOCOPY);
        copy.setMandatory(false);
        var fee = new Fee("Lệ phí cấp phép", FeeKind.CHARGE, new BigDecimal("150000"), FeeDue.BEFORE_RESULT);
        var receive = step("Tiếp nhận", "COUNTER_OFFICER", "0.5", EnumSet.of(StepAction.FORWARD));
        receive.setActing(StepActing.RECEIVING_COUNTER);
        var appraise = step(
                "Thẩm định",
                "PROCESSING_OFFICER",
                "6",
                EnumSet.of(StepAction.FORWARD, StepAction.REQUEST_SUPPLEMENT, StepAction.TRANSFER));
        var approve = step("Phê duyệt", "LEADER", "1", EnumSet.of(StepAction.APPROVE, StepAction.SEND_BACK));
        v.replaceParts(List.of(form, copy), List.of(fee), List.of(receive, appraise, approve), List.of());
        return v;
    }

    private ProcessStep step(String name, String role, String days, EnumSet<StepAction> actions) {
        var s = new ProcessStep();
        s.setName(name);
        s.setRole(codes.roles.get(role));
        s.setBudgetDays(new BigDecimal(days));
        s.setActions(actions);
        return s;
    }
}
