package vn.motcua.portal.socialwelfare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.directory.boundary.PluginSwitches;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.intake.boundary.DossierReception;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow;
import vn.motcua.plugins.socialwelfare.SocialWelfarePlugin;
import vn.motcua.plugins.socialwelfare.application.boundary.AllowanceHandler;
import vn.motcua.plugins.socialwelfare.application.entity.AllowanceApplication;
import vn.motcua.plugins.socialwelfare.application.entity.HouseholdApplication;
import vn.motcua.plugins.socialwelfare.application.entity.HouseholdMember;
import vn.motcua.plugins.socialwelfare.rates.boundary.RateAdministration;
import vn.motcua.plugins.socialwelfare.rates.control.RateBook;
import vn.motcua.plugins.socialwelfare.rates.entity.Area;
import vn.motcua.plugins.socialwelfare.rates.entity.BaseLevel;
import vn.motcua.plugins.socialwelfare.registry.boundary.BeneficiariesByCategory;
import vn.motcua.plugins.socialwelfare.registry.boundary.BeneficiaryRow;
import vn.motcua.plugins.socialwelfare.registry.boundary.PaymentLists;
import vn.motcua.plugins.socialwelfare.registry.boundary.Registry;
import vn.motcua.plugins.socialwelfare.registry.boundary.RegistryFilter;
import vn.motcua.plugins.socialwelfare.registry.entity.Beneficiary;
import vn.motcua.plugins.socialwelfare.registry.entity.BeneficiaryStatus;
import vn.motcua.portal.Receipts;
import vn.motcua.portal.SharedDeployment;
import vn.motcua.portal.TestOfficers;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.registry.RegistryPage;
import vn.motcua.spi.report.ReportParameters;
import vn.motcua.spi.report.ReportTable;
import vn.motcua.spi.security.NotAuthorizedException;

/**
 * The social-welfare plugin in the real container and database, through the core's counter and workflow: the
 * commune of xã Hòa An (151, where the demo enables the plugin) receives an allowance dossier whose form is
 * validated and checked, works it, and the chairman's approval issues a numbered decision with the amount of the
 * month's rates and records the beneficiary; the registry, the payment list (read back as Excel) and the report
 * see it, another department does not; a second decision for the same person adjusts the first; a poor-household
 * dossier above the poverty line is refused at the counter; numbers stay unique under concurrent approvals; rates
 * are edited by admins only and only while not yet in force.
 */
@ExtendWith(ArquillianExtension.class)
class SocialWelfareIT {

    /** Demo data: 2.000286 and 1.000026, decided by xã Hòa An (151), received at its counter 203. */
    private static final long ALLOWANCE = 5L;

    private static final long HOUSEHOLD = 6L;
    private static final long COUNTER = 203L;
    private static final long HOA_AN = 151L;
    private static final long TTTT = 110L;
    /** Người khuyết tật nặng, coefficient 1.5 (Nghị định 20/2021/NĐ-CP). */
    private static final long SEVERE_DISABILITY = 13L;
    /** Trẻ em dưới 4 tuổi. */
    private static final long CHILD_UNDER_4 = 1L;

    private static final long N = System.nanoTime() % 1_000_000;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Inject
    PluginSwitches switches;

    @Inject
    DossierReception reception;

    @Inject
    DossierWorkflow workflow;

    @Inject
    AllowanceHandler allowances;

    @Inject
    Registry registry;

    @Inject
    PaymentLists paymentLists;

    @Inject
    BeneficiariesByCategory report;

    @Inject
    RateAdministration rates;

    @Inject
    RateBook rateBook;

    @Inject
    NumberingProbe numbering;

    @Inject
    TestOfficers officers;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @PersistenceContext
    EntityManager em;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void anAllowanceGoesFromTheCommuneCounterToANumberedDecisionAndIntoTheRegistry() throws Exception {
        enabledAtHoaAn();
        signIn("tiepnhan.sw", "COUNTER_OFFICER", HOA_AN);
        assertThat(reception.proceduresInForce())
                .extracting(DossierReception.ProcedureChoice::procedureId)
                .contains(ALLOWANCE, HOUSEHOLD);

        long before = count("select count(d) from Dossier d");
        var noCategory = allowance("Lê Văn Bảo " + N, LocalDate.of(1950, 3, 5), idNumber(1), null);
        assertThatThrownBy(() -> receive(ALLOWANCE, noCategory))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).messageKey()).isEqualTo("dossier.plugin.invalid");
                    assertThat(((DomainException) e).arguments())
                            .as("Bean Validation speaks the plugin's Vietnamese")
                            .containsExactly("Chọn nhóm đối tượng bảo trợ xã hội.");
                });
        var tooOld = allowance("Lê Văn Bảo " + N, LocalDate.of(1950, 3, 5), idNumber(1), CHILD_UNDER_4);
        assertThatThrownBy(() -> receive(ALLOWANCE, tooOld))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("social-welfare.allowance.category.age");
        assertThat(count("select count(d) from Dossier d"))
                .as("refused receipts save nothing")
                .isEqualTo(before);

        var details = allowance("Lê Văn Bảo " + N, LocalDate.of(1950, 3, 5), idNumber(1), SEVERE_DISABILITY);
        details.getMembers().add(new HouseholdMember("Lê Thị Con", "Con", 1985, 2_400_000L));
        details.getMembers().add(new HouseholdMember("Lê Văn Cháu", "Cháu", 2012, 0L));
        long id = receive(ALLOWANCE, details);
        AllowanceApplication stored = allowances.details(id).orElseThrow();
        assertThat(stored.getMembers())
                .extracting(HouseholdMember::getFullName)
                .containsExactly("Lê Thị Con", "Lê Văn Cháu");
        assertThat(stored.getIncomePerHead()).isEqualTo(800_000);
        assertThat(details.getId()).as("the page's object is left as it was").isNull();

        Dossier approved = workThrough(id);
        assertThat(approved.getState()).isEqualTo(DossierState.RESULT_READY);
        String number = approved.getResultNumber();
        assertThat(number).matches("\\d+/QĐ-UBND");
        assertThat(approved.getResultTitle()).isEqualTo("Quyết định thực hiện trợ cấp xã hội hàng tháng");
        assertThat(approved.getResultFile().getContentType()).isEqualTo("application/pdf");
        assertThat(approved.getResultFile().getFileName())
                .startsWith("quyet-dinh-")
                .endsWith("-QD-UBND.pdf");

        YearMonth start = YearMonth.now().plusMonths(1);
        long expected = rateBook.quote(SEVERE_DISABILITY, YearMonth.now()).amount();
        assertThat(expected)
                .as("500 000 × 1.5 while Nghị định 76/2024 is in force")
                .isEqualTo(750_000);
        Beneficiary registered = beneficiaryOf(id);
        assertThat(registered.getAmount()).isEqualTo(expected);
        assertThat(registered.getStartMonth()).isEqualTo(start);
        assertThat(registered.getAgencyId()).isEqualTo(HOA_AN);
        assertThat(registered.getStatus()).isEqualTo(BeneficiaryStatus.ACTIVE);

        // The registry of the commune, and of nobody else.
        signIn("chutich.sw", "LEADER", HOA_AN);
        RegistryPage<BeneficiaryRow> page =
                registry.page(new RegistryFilter("Lê Văn Bảo " + N, null, null), 0, 20, "fullName", true);
        assertThat(page.total()).isEqualTo(1);
        assertThat(registry.page(new RegistryFilter("le van bao " + N, null, null), 0, 20, null, true)
                        .total())
                .as("the name typed without diacritics")
                .isEqualTo(1);
        BeneficiaryRow row = page.rows().get(0);
        assertThat(row.decisionNumber()).isEqualTo(number);
        assertThat(row.categoryName()).isEqualTo("Người khuyết tật nặng");
        assertThat(registry.page(
                                new RegistryFilter(idNumber(1), SEVERE_DISABILITY, BeneficiaryStatus.ACTIVE),
                                0,
                                20,
                                null,
                                true)
                        .total())
                .isEqualTo(1);
        assertThat(registry.page(new RegistryFilter(idNumber(1), CHILD_UNDER_4, null), 0, 20, null, true)
                        .total())
                .isZero();
        assertThat(registry.monthTotal(start).amount()).isGreaterThanOrEqualTo(expected);
        assertThat(payees(YearMonth.now()))
                .as("not paid before its start month")
                .doesNotContain("Lê Văn Bảo " + N);
        assertThat(payees(start)).contains("Lê Văn Bảo " + N);

        var excel = new ByteArrayOutputStream();
        Registry.MonthTotal written = paymentLists.write(start, excel);
        assertThat(written.amount()).isEqualTo(registry.monthTotal(start).amount());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            Row line = null;
            for (Row r : sheet) {
                if (r.getCell(1) != null
                        && ("Lê Văn Bảo " + N).equals(r.getCell(1).getStringCellValue())) {
                    line = r;
                }
            }
            assertThat(line)
                    .as("the beneficiary is on the month's payment list")
                    .isNotNull();
            assertThat(line.getCell(7).getNumericCellValue()).isEqualTo(750_000);
            assertThat(line.getCell(8).getStringCellValue()).isEqualTo(number);
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng: " + written.people() + " người");
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(written.amount());
        }

        ReportTable table = report.run(new ReportParameters(
                LocalDate.now().withDayOfMonth(1), start.atEndOfMonth(), java.util.Set.of(HOA_AN)));
        List<Object> severe = table.rows().stream()
                .filter(r -> "Người khuyết tật nặng".equals(r.get(0)))
                .findFirst()
                .orElseThrow();
        assertThat((Long) severe.get(1)).isGreaterThanOrEqualTo(1);
        assertThat((Long) severe.get(2)).isGreaterThanOrEqualTo(1);
        assertThat((BigDecimal) severe.get(3)).isGreaterThanOrEqualTo(new BigDecimal(750_000));
        assertThat(table.totals().get(3)).isInstanceOf(BigDecimal.class);
        assertThat(report.run(new ReportParameters(
                                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), java.util.Set.of(HOA_AN)))
                        .rows())
                .as("nothing before any decision")
                .isEmpty();

        signIn("lanhdao.sw.tttt", "LEADER", TTTT);
        assertThat(registry.page(new RegistryFilter("Lê Văn Bảo " + N, null, null), 0, 20, null, true)
                        .total())
                .as("another department sees none of the commune's beneficiaries")
                .isZero();
        assertThat(report.run(new ReportParameters(
                                LocalDate.now().withDayOfMonth(1), start.atEndOfMonth(), java.util.Set.of(TTTT)))
                        .rows())
                .isEmpty();
        assertThat(payees(start))
                .as("nor are they on its payment list, which the core exports within its own scope")
                .doesNotContain("Lê Văn Bảo " + N);

        // A second decision for the same person (điều chỉnh): the first stops before the second starts.
        signIn("tiepnhan.sw", "COUNTER_OFFICER", HOA_AN);
        long second = receive(
                ALLOWANCE,
                allowance("Lê Văn Bảo " + N, LocalDate.of(1950, 3, 5), idNumber(1), 12L)); // đặc biệt nặng, NCT
        String secondNumber = workThrough(second).getResultNumber();
        assertThat(Integer.parseInt(secondNumber.split("/")[0]))
                .as("the commune's next number")
                .isGreaterThan(Integer.parseInt(number.split("/")[0]));
        em.clear();
        Beneficiary first = beneficiaryOf(id);
        assertThat(first.getStatus()).isEqualTo(BeneficiaryStatus.STOPPED);
        assertThat(first.getEndMonth()).isEqualTo(start.minusMonths(1));
        assertThat(first.getStatusNote()).contains(secondNumber);
        assertThat(beneficiaryOf(second).getAmount()).isEqualTo(1_250_000);
    }

    @Test
    void aHouseholdAboveThePovertyLineIsRefusedAtTheCounterAndOneBelowIsRecognised() {
        enabledAtHoaAn();
        signIn("tiepnhan.sw", "COUNTER_OFFICER", HOA_AN);
        var above = household(Area.RURAL, 1, 2_000_000L, 1_000_000L, 1_600_000L);
        assertThatThrownBy(() -> receive(HOUSEHOLD, above))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).messageKey())
                            .isEqualTo("social-welfare.household.aboveLine.RURAL");
                    assertThat(((DomainException) e).arguments()).containsExactly("1.533.333", "1.500.000");
                });

        long id = receive(HOUSEHOLD, household(Area.RURAL, 4, 2_000_000L, 1_000_000L, 0L));
        Dossier approved = workThrough(id);
        assertThat(approved.getResultNumber()).matches("\\d+/QĐ-UBND");
        assertThat(approved.getResultTitle()).isEqualTo("Quyết định công nhận hộ nghèo");
        assertThat(count("select count(b) from SocialWelfareBeneficiary b where b.dossierId = " + id))
                .as("a household is not an allowance beneficiary")
                .isZero();
    }

    @Test
    void decisionNumbersStayUniqueWhenManyApprovalsNumberAtOnce() throws Exception {
        int year = 3000 + (int) (N % 5000);
        var tasks = new ArrayList<Future<Integer>>();
        for (int i = 0; i < 8; i++) {
            Callable<Integer> task = () -> numbering.next(HOA_AN, year);
            tasks.add(executor.submit(task));
        }
        var numbers = new ArrayList<Integer>();
        for (Future<Integer> task : tasks) {
            numbers.add(task.get());
        }
        assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(numbering.next(HOA_AN, year)).isEqualTo(9);
        assertThat(numbering.next(HOA_AN, year + 1))
                .as("a new year starts again at 1")
                .isEqualTo(1);
    }

    @Test
    void ratesAreEditedByAdminsOnlyAndOnlyWhileNotYetInForce() {
        LocalDate future = LocalDate.of(2090 + (int) (N % 9), 1, 1);
        signIn("chutich.sw", "LEADER", HOA_AN);
        assertThat(rates.baseLevels()).extracting(BaseLevel::getAmount).contains(360_000L, 500_000L);
        assertThatThrownBy(() -> rates.addBaseLevel(700_000L, future, "Nghị định giả định"))
                .isInstanceOf(NotAuthorizedException.class);

        signIn("quantri.sw", "ADMIN", 100L);
        assertThatThrownBy(() -> rates.addBaseLevel(700_000L, future.plusDays(14), "Nghị định giả định"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("social-welfare.rates.firstOfMonth");
        BaseLevel added = rates.addBaseLevel(700_000L, future, "Nghị định giả định");
        assertThat(rateBook.quote(SEVERE_DISABILITY, YearMonth.from(future)).amount())
                .as("700 000 × 1.5 from its month on")
                .isEqualTo(1_050_000);
        assertThat(rateBook.quote(SEVERE_DISABILITY, YearMonth.from(future).minusMonths(1))
                        .amount())
                .isEqualTo(750_000);
        BaseLevel inForce = rates.baseLevels().stream()
                .filter(b -> b.getAmount() == 500_000)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> rates.removeBaseLevel(inForce.getId()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("social-welfare.rates.inForceCannotRemove");
        rates.removeBaseLevel(added.getId());
        assertThat(rateBook.quote(SEVERE_DISABILITY, YearMonth.from(future)).amount())
                .isEqualTo(750_000);
    }

    // --- helpers

    private void enabledAtHoaAn() {
        signIn("quantri.sw", "ADMIN", 100L);
        switches.enable(SocialWelfarePlugin.ID, HOA_AN);
    }

    /** Division head assigns, officer forwards, chairman approves: all at the commune. */
    private Dossier workThrough(long id) {
        long processor = officerId("chuyenvien.sw", "PROCESSING_OFFICER");
        signIn("phochutich.sw", "DIVISION_HEAD", HOA_AN);
        workflow.assign(id, version(id), processor, "Thẩm định");
        signIn("chuyenvien.sw", "PROCESSING_OFFICER", HOA_AN);
        workflow.forward(id, version(id), null, "Đủ điều kiện");
        signIn("chutich.sw", "LEADER", HOA_AN);
        return workflow.approve(id, version(id), "Đồng ý");
    }

    private long receive(long procedureId, java.io.Serializable details) {
        var applicant = new Applicant();
        applicant.setIdNumber("079190" + String.format("%06d", N));
        applicant.setName("Lê Thị Nộp");
        applicant.setAddress("Thôn Trung, xã Hòa An");
        List<DossierWorkflow.DocumentTick> required = Receipts.everyDocument(em, procedureId);
        var request = new DossierWorkflow.ReceiveRequest(
                UUID.randomUUID().toString(), procedureId, COUNTER, applicant, required, Map.of(), null);
        return reception
                .receive(new DossierReception.CounterReceipt(request, List.of(), List.of(), details))
                .id();
    }

    private static AllowanceApplication allowance(String name, LocalDate birthDate, String idNumber, Long category) {
        var details = new AllowanceApplication();
        details.setFullName(name);
        details.setBirthDate(birthDate);
        details.setIdNumber(idNumber);
        details.setCategoryId(category);
        details.setOwnIncome(0L);
        return details;
    }

    private static HouseholdApplication household(Area area, int deprivations, Long... incomes) {
        var household = new HouseholdApplication();
        household.setHeadName("Trần Văn Hộ " + N);
        household.setHeadIdNumber(idNumber(2));
        household.setArea(area);
        household.setDeprivations(deprivations);
        int i = 0;
        for (Long income : incomes) {
            household
                    .getMembers()
                    .add(new HouseholdMember("Thành viên " + ++i, i == 1 ? "Chủ hộ" : "Con", 1980 + i, income));
        }
        return household;
    }

    private static String idNumber(int which) {
        return String.format("%06d%06d", which, N);
    }

    /** The names on a month's payment list, read back from the Excel file. */
    private List<String> payees(YearMonth month) throws java.io.IOException {
        var excel = new ByteArrayOutputStream();
        paymentLists.write(month, excel);
        var names = new ArrayList<String>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.toByteArray()))) {
            for (Row r : workbook.getSheetAt(0)) {
                if (r.getRowNum() > 3 && r.getCell(1) != null) {
                    names.add(r.getCell(1).getStringCellValue());
                }
            }
        }
        return names;
    }

    private Beneficiary beneficiaryOf(long dossierId) {
        return em.createQuery("select b from SocialWelfareBeneficiary b where b.dossierId = :d", Beneficiary.class)
                .setParameter("d", dossierId)
                .getSingleResult();
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    private int version(long id) {
        return em.createQuery("select d.version from Dossier d where d.id = :id", Integer.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    private long officerId(String username, String role) {
        officers.create(username, role, HOA_AN);
        return officers.idOf(username);
    }

    private void signIn(String username, String role, long agencyId) {
        SecurityUtils.getSubject().logout();
        String password = officers.create(username, role, agencyId);
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, password));
    }
}
