package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.catalog.boundary.CatalogTransfer;
import vn.motcua.catalog.control.transfer.ImportReport;
import vn.motcua.catalog.control.transfer.Rejection;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.spi.DomainException;
import vn.motcua.testkit.TestAccounts;

/**
 * Issue 3, as an admin sees it: a workbook of 200 procedures with exactly 3 bad rows imports 197 published procedures
 * and reports those 3 lines with their reasons, through the facade and through the screen in a real browser; the
 * procedure whose document row was bad is not half-imported; an export imports again as new versions; 2,000
 * procedures import in a measured time; a file that is not .xlsx is refused by its content.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcedureTransferIT {

    static final String CATALOG_ADMIN = "danhmuc.it";
    private static final Locale VI = new Locale("vi");

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Inject
    CatalogTransfer transfer;

    @Inject
    TestCatalog catalog;

    @Inject
    TestOfficers officers;

    @AfterEach
    void logout() {
        if (System.getProperty("com.sun.aas.instanceRoot") != null) { // in the container
            SecurityUtils.getSubject().logout();
        }
    }

    @Test
    @Order(1)
    void setUpSectorsAndTheCatalogAdmin() throws Exception {
        catalog.sector("IT-BCXB", "Báo chí - Xuất bản (thử nghiệm)");
        catalog.sector("IT-BTXH", "Bảo trợ xã hội (thử nghiệm)");
        catalog.sector("IT-DUONGBO", "Đường bộ (thử nghiệm)");
        officers.create(CATALOG_ADMIN, "ADMIN", 100L);
        officers.setPassword(CATALOG_ADMIN, serverSidePassword());
    }

    @Test
    @Order(2)
    void twoHundredProceduresWithThreeBadRowsImportAsOneHundredNinetySeven() {
        signIn();
        String prefix = "F" + System.nanoTime() % 100_000;
        byte[] file = CatalogWorkbookFixture.workbook(prefix, 200, true);

        ImportReport report = transfer.importWorkbook(file, LocalDate.now());

        System.out.printf("Imported 200 procedures (3 bad rows) in %d ms%n", report.millis());
        assertThat(report.rejections())
                .extracting(Rejection::sheet, Rejection::line, Rejection::nationalCode, r -> vietnamese(r))
                .containsExactly(
                        tuple(
                                "Thủ tục",
                                CatalogWorkbookFixture.BAD_SECTOR_LINE,
                                CatalogWorkbookFixture.code(prefix, 50),
                                "Không có lĩnh vực mã \"KHONGCO\" (xem sheet \"Danh mục mã\" của tệp mẫu)."),
                        tuple(
                                "Thủ tục",
                                CatalogWorkbookFixture.BAD_DAYS_LINE,
                                CatalogWorkbookFixture.code(prefix, 100),
                                "Thời hạn 2,3 ngày không phải bội số của 0,5 ngày."),
                        tuple(
                                "Thành phần hồ sơ",
                                CatalogWorkbookFixture.BAD_DOCUMENT_LINE,
                                CatalogWorkbookFixture.code(prefix, 150),
                                "Loại bản \"Bản phô tô\" không hợp lệ (chọn một trong: Bản chính, Bản sao chứng thực,"
                                        + " Bản chụp)."));
        assertThat(report.imported()).isEqualTo(197);
        assertThat(report.created()).isEqualTo(197);
        assertThat(catalog.procedures(prefix)).isEqualTo(197);
        assertThat(catalog.publishedProcedures(prefix)).isEqualTo(197);

        // The procedure whose document row was bad: nothing of it, not even its good rows.
        assertThat(catalog.versions(CatalogWorkbookFixture.code(prefix, 150))).isEmpty();
        assertThat(catalog.partsOf(CatalogWorkbookFixture.code(prefix, 150))).isZero();
        // Its neighbours: published from today with their documents, fees and (own or standard) process.
        String today = LocalDate.now().toString();
        assertThat(catalog.versions(CatalogWorkbookFixture.code(prefix, 148)))
                .containsExactly("1:PUBLISHED:" + today + ":2:1:3");
        assertThat(catalog.versions(CatalogWorkbookFixture.code(prefix, 151)))
                .containsExactly("1:PUBLISHED:" + today + ":2:0:1");
        assertThat(catalog.versions(CatalogWorkbookFixture.code(prefix, 160)))
                .containsExactly("1:PUBLISHED:" + today + ":2:1:3");
    }

    @Test
    @Order(3)
    void anUnchangedExportImportsAgainWithoutNewVersions() {
        signIn();
        var out = new ByteArrayOutputStream();
        transfer.export(out);
        byte[] exported = out.toByteArray();
        System.out.printf("Exported the catalog in force: %d KB%n", exported.length / 1024);

        ImportReport report = transfer.importWorkbook(exported, LocalDate.now().plusDays(1));

        assertThat(report.rejections())
                .extracting(r -> r.line() + " " + vietnamese(r))
                .isEmpty();
        // Unchanged, the catalog publishes no identical new version (issue 14, defect 8).
        System.out.printf("Re-imported: %d unchanged, %d revised%n", report.unchanged(), report.revised());
        assertThat(report.unchanged()).isGreaterThanOrEqualTo(197);
        String any160 = anyCode(exported, "000160");
        assertThat(catalog.versions(any160)).hasSize(1);
    }

    @Test
    @Order(4)
    void twoThousandProceduresImportInAMeasuredTime() {
        signIn();
        String prefix = "K" + System.nanoTime() % 100_000;
        byte[] file = CatalogWorkbookFixture.workbook(prefix, 2_000, false);

        ImportReport report = transfer.importWorkbook(file, LocalDate.now());

        System.out.printf(
                "TIMING: imported 2,000 procedures (%d KB, 4,000 documents, 1,000 fees, 600 steps) in %d ms%n",
                file.length / 1024, report.millis());
        assertThat(report.rejections()).isEmpty();
        assertThat(report.created()).isEqualTo(2_000);
        assertThat(catalog.publishedProcedures(prefix)).isEqualTo(2_000);
    }

    @Test
    @Order(5)
    void aFileThatIsNotXlsxIsRefusedByItsContentInVietnamese() {
        signIn();
        byte[] renamedCsv = "Mã TTHC;Tên thủ tục\n1.0001;Thử".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> transfer.importWorkbook(renamedCsv, LocalDate.now()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(Messages.text(VI, e.messageKey(), e.arguments()))
                                .isEqualTo("Tệp không phải là bảng tính Excel (.xlsx). Hãy dùng tệp mẫu tải từ trang"
                                        + " này."));
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> transfer.importWorkbook(xls, LocalDate.now()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("catalog.transfer.file.xls"));
    }

    @Test
    @Order(6)
    @RunAsClient
    void anAdminImportsTheWorkbookOnTheScreenAndSeesExactlyTheThreeBadLines(@ArquillianResource URL portal)
            throws Exception {
        String prefix = "B" + System.nanoTime() % 100_000;
        var seen = ProcedureTransferScreen.importWorkbook(
                portal,
                CATALOG_ADMIN,
                derivedPassword(TestAccounts.adminInitialPassword()),
                CatalogWorkbookFixture.workbook(prefix, 200, true),
                "Đã nhập 197 thủ tục, 3 dòng bị từ chối.");

        assertThat(seen.page()).contains("Nhập, xuất danh mục thủ tục", "Tải tệp mẫu", "Xuất danh mục");
        assertThat(seen.summary()).startsWith("Đã nhập 197 thủ tục, 3 dòng bị từ chối.");
        assertThat(seen.lines()).hasSize(3);
        assertThat(seen.lines().get(0))
                .contains("Thủ tục", "51", prefix + ".000050", "Không có lĩnh vực mã \"KHONGCO\"");
        assertThat(seen.lines().get(1))
                .contains("Thủ tục", "101", prefix + ".000100", "không phải bội số của 0,5 ngày");
        assertThat(seen.lines().get(2))
                .contains("Thành phần hồ sơ", "301", prefix + ".000150", "Loại bản \"Bản phô tô\" không hợp lệ");
        assertThat(seen.pageAfter()).doesNotContain("Đã xảy ra lỗi");
    }

    private void signIn() {
        SecurityUtils.getSubject().login(new UsernamePasswordToken(CATALOG_ADMIN, serverSidePassword()));
    }

    private static String serverSidePassword() {
        try {
            String initial = Files.readString(
                            Path.of(System.getProperty("com.sun.aas.instanceRoot"), "config", "admin-initial-password"))
                    .trim();
            return derivedPassword(initial);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String vietnamese(Rejection rejection) {
        return Messages.text(VI, rejection.reasonKey(), rejection.args());
    }

    /** A national code of the export ending in the suffix (the 200-procedure import's procedure 160). */
    private static String anyCode(byte[] exported, String suffix) {
        var sheets = vn.motcua.catalog.control.transfer.WorkbookReader.read(exported);
        return sheets.get("Thủ tục").stream()
                .map(row -> row.code())
                .filter(code -> code.startsWith("F") && code.endsWith("." + suffix))
                .findFirst()
                .orElseThrow();
    }

    /**
     * The browser test's password, known to both sides without being written anywhere: derived from the test
     * domain's random initial admin password (which the client reads from the domain's file, the server from its own
     * config folder).
     */
    static String derivedPassword(String adminInitialPassword) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256")
                .digest(("catalog-transfer-it:" + adminInitialPassword).getBytes(StandardCharsets.UTF_8));
        return "Dm-" + HexFormat.of().formatHex(hash, 0, 9);
    }
}
