package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.catalog.boundary.ImplementingAgencies;
import vn.motcua.catalog.entity.PerformerRule;
import vn.motcua.dossier.lookup.boundary.PublicLookup;
import vn.motcua.dossier.reorganisation.boundary.AgencyMoves;
import vn.motcua.dossier.reorganisation.boundary.Reorganisations;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow;
import vn.motcua.dossier.worklist.boundary.ActionChoices;
import vn.motcua.dossier.worklist.boundary.DossierDetail;
import vn.motcua.dossier.worklist.boundary.DossierReader;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.spi.ConcurrentChangeException;
import vn.motcua.spi.DomainException;

/**
 * Communes X and Y merged into Z with 10,000 dossiers in flight: one transaction, a fixed number of statements; codes,
 * hand-overs and the public lookup unchanged; officers, counter and the dossiers now Z's; X and Y "succeeded by Z". A
 * merge into an agency that does not perform the commune procedure is refused and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ReorganisationIT {

    private static final long HOUSEHOLD = 6; // commune-level procedure, performed by every UBND_XA of the province
    private static final int DOSSIERS = 10_000;
    private static final long BASE = 70_000_000L;
    private static final long CHAIN = 600; // demo: commune verifies, Sở LĐTBXH's division appraises, its leader decides
    private static final long COUNTER_HOA_AN = 203;
    private static final long HOA_AN = 151;
    private static final long LABOUR = 120;
    private static final long LABOUR_DIVISION = 121;
    private static final long SERVICE_CENTRE = 102;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Inject
    Reorganisations reorganisations;

    @Inject
    TestDossiers dossiers;

    @Inject
    TestOfficers officers;

    @Inject
    PublicLookup lookup;

    @Inject
    DossierWorkflow workflow;

    @Inject
    ImplementingAgencies implementing;

    @Inject
    DossierReader reader;

    @Inject
    ActionChoices choices;

    @Inject
    AgencyMoves moves;

    @Resource(lookup = "jdbc/motcua")
    DataSource dataSource;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void tenThousandDossiersInFlightMoveInOneGoWithTheirHistory() throws Exception {
        long x = BASE + 1;
        long y = BASE + 2;
        long z = BASE + 3;
        long counterX = BASE + 10;
        sql(
                "INSERT INTO agency (id, code, name, parent_id, path, kind_id, active, version) VALUES"
                        + " (?, 'R.X.H99', N'Ủy ban nhân dân xã Thử X', 100, ?, 4, 1, 0),"
                        + " (?, 'R.Y.H99', N'Ủy ban nhân dân xã Thử Y', 100, ?, 4, 1, 0),"
                        + " (?, 'R.Z.H99', N'Ủy ban nhân dân xã Thử Z', 100, ?, 4, 1, 0),"
                        + " (?, 'R.XD.H99', N'Văn phòng xã Thử X', ?, ?, NULL, 1, 0)",
                x,
                "/100/" + x + "/",
                y,
                "/100/" + y + "/",
                z,
                "/100/" + z + "/",
                BASE + 4,
                x,
                "/100/" + x + "/" + (BASE + 4) + "/");
        sql(
                "INSERT INTO service_counter (id, name, agency_id, active, version) VALUES (?, N'Một cửa xã Thử X', ?, 1, 0)",
                counterX,
                x);
        officers.create("congchuc.thux", "PROCESSING_OFFICER", x);

        var first = dossiers.receiveAsCounter("Nguyễn Văn Sáp Nhập", "001099000001", HOUSEHOLD, counterX);
        assertThat(first.code()).startsWith("R.X.H99-");
        cloneDossiers(first.id(), y);
        long handOversBefore =
                count("SELECT COUNT(*) FROM hand_over WHERE dossier_id = ? OR dossier_id >= ?", first.id(), BASE);

        signInAsProvinceAdmin();
        assertThatThrownBy(() -> reorganisations.merge(List.of(x, y), 400L, null))
                .as("Sở Tư pháp does not perform the commune procedure")
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.reorg.noPerformer");
        assertThat(count("SELECT COUNT(*) FROM agency WHERE id IN (?, ?) AND active = TRUE", x, y))
                .isEqualTo(2);

        var preview = reorganisations.preview(List.of(x, y), z);
        assertThat(preview.dossiers()).isEqualTo(DOSSIERS);
        assertThat(preview.officers()).contains("Cán bộ congchuc.thux");
        assertThat(preview.counters()).containsExactly("Một cửa xã Thử X");
        assertThat(preview.children()).containsExactly("Văn phòng xã Thử X");

        var done = reorganisations.merge(List.of(x, y), z, "Nghị quyết sắp xếp đơn vị hành chính (thử)");
        System.out.printf("ReorganisationIT: merged %d dossiers in flight in %d ms%n", done.dossiers(), done.millis());
        assertThat(done.dossiers()).isEqualTo(DOSSIERS);

        String ours = "(id = ? OR id >= ?)";
        assertThat(count(
                        "SELECT COUNT(*) FROM dossier WHERE " + ours + " AND current_agency_id = ?",
                        first.id(),
                        BASE,
                        z))
                .isEqualTo(DOSSIERS);
        assertThat(count(
                        "SELECT COUNT(*) FROM dossier WHERE " + ours + " AND deciding_agency_id = ?"
                                + " AND receiving_agency_id = ?",
                        first.id(),
                        BASE,
                        z,
                        z))
                .isEqualTo(DOSSIERS);
        assertThat(count(
                        "SELECT COUNT(*) FROM dossier WHERE " + ours + " AND (code LIKE 'R.X.H99-%')",
                        first.id(),
                        BASE))
                .as("codes unchanged")
                .isEqualTo(DOSSIERS);
        assertThat(count("SELECT COUNT(*) FROM hand_over WHERE dossier_id = ? OR dossier_id >= ?", first.id(), BASE))
                .as("history intact")
                .isEqualTo(handOversBefore);
        assertThat(count(
                        "SELECT COUNT(*) FROM hand_over WHERE (dossier_id = ? OR dossier_id >= ?)"
                                + " AND to_agency_id IN (?, ?)",
                        first.id(),
                        BASE,
                        x,
                        y))
                .as("hand-overs still name the old agencies")
                .isGreaterThanOrEqualTo(DOSSIERS);
        assertThat(count(
                        "SELECT COUNT(*) FROM dossier_agency WHERE agency_id = ? AND (dossier_id = ? OR dossier_id >= ?)",
                        z,
                        first.id(),
                        BASE))
                .isEqualTo(DOSSIERS);
        assertThat(count("SELECT COUNT(*) FROM dossier_route WHERE agency_id IN (?, ?)", x, y))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM agency WHERE id IN (?, ?) AND active = FALSE AND successor_id = ?",
                        x,
                        y,
                        z))
                .isEqualTo(2);
        assertThat(count(
                        "SELECT COUNT(*) FROM agency WHERE id = ? AND parent_id = ? AND path = ?",
                        BASE + 4,
                        z,
                        "/100/" + z + "/" + (BASE + 4) + "/"))
                .as("the division moved under Z")
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM officer_agency oa JOIN officer o ON o.id = oa.officer_id"
                                + " WHERE o.username = 'congchuc.thux' AND oa.agency_id = ?",
                        z))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM officer_agency WHERE agency_id IN (?, ?)", x, y))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM service_counter WHERE id = ? AND agency_id = ?", counterX, z))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM reorganisation WHERE id = ? AND dossiers = ? AND performed_by = ?",
                        done.id(),
                        DOSSIERS,
                        "quantri.sapnhap"))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'dossier.agency.merge' AND actor_name = ?"
                                + " AND state_after LIKE ?",
                        "quantri.sapnhap",
                        "reorganisation " + done.id() + ": " + DOSSIERS + " dossiers%"))
                .as("the merge is in the audit trail")
                .isEqualTo(1);

        SecurityUtils.getSubject().logout();
        var answer = lookup.find(first.code(), first.secret(), "reorganisation-it");
        assertThat(answer.code()).isEqualTo(first.code());
        assertThat(answer.receivingAgency()).isEqualTo("Ủy ban nhân dân xã Thử Z");
        var clone = lookup.find(first.code() + "-" + (DOSSIERS - 1), first.secret(), "reorganisation-it");
        assertThat(clone.code()).endsWith("-" + (DOSSIERS - 1));
    }

    @Test
    void anInterAgencyChainKeepsOneCodeAndGivesEachAgencyItsStepBudgetAndItsHistory() throws Exception {
        var received = dossiers.receiveAsCounter("Lò Thị Liên Thông", "001099000002", CHAIN, COUNTER_HOA_AN);
        long id = received.id();
        assertThat(received.code()).startsWith("000.31.02.H99-").as("the commune's identifier, where it was received");
        assertThat(workflow(id).currentAgency()).isEqualTo(HOA_AN);

        long communeOfficer = officer("congchuc.chuoi", "PROCESSING_OFFICER", HOA_AN);
        signIn("truongphong.chuoi", "DIVISION_HEAD", HOA_AN);
        workflow.assign(id, version(id), communeOfficer, "Xác minh hoàn cảnh");
        signIn("congchuc.chuoi", "PROCESSING_OFFICER", HOA_AN);
        workflow.forward(id, version(id), null, "Đủ điều kiện, đề nghị Sở tiếp nhận");
        var atDivision = workflow(id);
        assertThat(atDivision.currentAgency())
                .as("the department's division has it now")
                .isEqualTo(LABOUR_DIVISION);
        assertThat(atDivision.stepPosition()).isEqualTo(2);
        assertThatThrownBy(() -> workflow.forward(id, version(id), null, "lại"))
                .as("the commune no longer acts on it")
                .isInstanceOf(DomainException.class);

        long divisionOfficer = officer("chuyenvien.chuoi", "PROCESSING_OFFICER", LABOUR_DIVISION);
        signIn("truongphong.chuoi.so", "DIVISION_HEAD", LABOUR_DIVISION);
        workflow.assign(id, version(id), divisionOfficer, null);
        signIn("chuyenvien.chuoi", "PROCESSING_OFFICER", LABOUR_DIVISION);
        workflow.forward(id, version(id), null, "Thẩm định đạt");
        signIn("lanhdao.chuoi", "LEADER", LABOUR);
        workflow.approve(id, version(id), "Đồng ý tiếp nhận");

        assertThat(count("SELECT COUNT(DISTINCT code) FROM dossier WHERE id = ?", id))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM dossier WHERE id = ? AND code = ? AND deciding_agency_id = ?",
                        id,
                        received.code(),
                        LABOUR))
                .as("one code, one dossier, whose deciding agency is the department that decides at the chain's end")
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM report_dossier WHERE dossier_id = ? AND agency_id = ?"
                                + " AND receiving_agency_id = ?",
                        id,
                        LABOUR,
                        HOA_AN))
                .as("counted once, for the department; received by the commune")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM report_dossier WHERE dossier_id = ?", id))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM hand_over WHERE dossier_id = ? AND action = 'FORWARD'"
                                + " AND from_agency_id = ? AND to_agency_id = ? AND verdict IS NOT NULL AND step_due_at IS NOT NULL",
                        id,
                        HOA_AN,
                        LABOUR_DIVISION))
                .as("the hand-over commune → department, with the commune's step judged on its own budget")
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM hand_over WHERE dossier_id = ? AND action = 'FORWARD'"
                                + " AND from_agency_id = ? AND to_agency_id = ? AND verdict IS NOT NULL",
                        id,
                        LABOUR_DIVISION,
                        LABOUR))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM dossier_agency WHERE dossier_id = ? AND agency_id IN (?, ?, ?)",
                        id,
                        HOA_AN,
                        LABOUR_DIVISION,
                        LABOUR))
                .as("each agency keeps it in its history")
                .isEqualTo(3);
    }

    @Test
    void anAgencyMovesUnderAnotherParentAfterAPreviewAndTheMoveIsAudited() throws Exception {
        long m = BASE + 20;
        long division = BASE + 21;
        long elsewhere = BASE + 25; // a root of its own: outside "every commune under the province"
        long counter = BASE + 30;
        sql(
                "INSERT INTO agency (id, code, name, parent_id, path, kind_id, active, version) VALUES"
                        + " (?, 'R.M.H99', N'Ủy ban nhân dân xã Thử Chuyển', 100, ?, 4, 1, 0),"
                        + " (?, 'R.MD.H99', N'Văn phòng xã Thử Chuyển', ?, ?, NULL, 1, 0),"
                        + " (?, 'R.E.H99', N'Cơ quan ngoài tỉnh (thử)', NULL, ?, NULL, 1, 0)",
                m,
                "/100/" + m + "/",
                division,
                m,
                "/100/" + m + "/" + division + "/",
                elsewhere,
                "/" + elsewhere + "/");
        sql(
                "INSERT INTO service_counter (id, name, agency_id, active, version) VALUES (?, N'Một cửa xã Thử Chuyển', ?, 1, 0)",
                counter,
                m);
        officers.create("congchuc.thuchuyen", "PROCESSING_OFFICER", division);
        var received = dossiers.receiveAsCounter("Đinh Văn Chuyển", "001099000005", HOUSEHOLD, counter);

        signInAsProvinceAdmin();
        assertThatThrownBy(() -> moves.preview(m, elsewhere))
                .as("outside the province its commune procedures' dossiers would have no performing agency")
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.reorg.move.noPerformer");
        assertThatThrownBy(() -> moves.preview(m, division))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.reorg.targetUnderSource");

        var preview = moves.preview(m, SERVICE_CENTRE);
        assertThat(preview.formerParentName()).isEqualTo("Ủy ban nhân dân tỉnh Thái Hòa");
        assertThat(preview.agencies()).containsExactly("Ủy ban nhân dân xã Thử Chuyển", "Văn phòng xã Thử Chuyển");
        assertThat(preview.dossiers()).isEqualTo(1);
        assertThat(preview.dossierCodes()).containsExactly(received.code());
        assertThat(preview.officers()).contains("Cán bộ congchuc.thuchuyen");
        assertThat(preview.counters()).containsExactly("Một cửa xã Thử Chuyển");

        var done = moves.move(m, SERVICE_CENTRE, "Quyết định điều chuyển (thử)");
        assertThat(done.dossiers()).isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM agency WHERE id = ? AND parent_id = ? AND path = ?",
                        division,
                        m,
                        "/100/" + SERVICE_CENTRE + "/" + m + "/" + division + "/"))
                .as("the subtree's paths follow")
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM reorganisation WHERE id = ? AND kind = 'MOVE' AND target_id = ?"
                                + " AND sources = ? AND dossiers = 1 AND counters = 1",
                        done.id(),
                        SERVICE_CENTRE,
                        String.valueOf(m)))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'dossier.agency.move' AND target = ?"
                                + " AND state_before = 'parent 000.00.00.H99' AND actor_name IS NOT NULL",
                        "agency R.M.H99"))
                .as("who, when, what moved")
                .isEqualTo(1);

        // the new parent's officers see the dossier now; its code and the public lookup are unchanged
        signIn("lanhdao.ttpvhcc.chuyen", "LEADER", SERVICE_CENTRE);
        assertThat(reader.find(received.id()).dossier().getCode()).isEqualTo(received.code());
        SecurityUtils.getSubject().logout();
        assertThat(lookup.find(received.code(), received.secret(), "reorganisation-it")
                        .code())
                .isEqualTo(received.code());
    }

    @Test
    void aCommuneMapsAStepToARoleAndItsDossiersKeepThatRole() throws Exception {
        long leaderRole = count("SELECT id FROM app_role WHERE code = 'LEADER'");
        long processingRole = count("SELECT id FROM app_role WHERE code = 'PROCESSING_OFFICER'");
        officer("chutich.vaitro", "LEADER", HOA_AN);
        officer("congchuc.vaitro", "PROCESSING_OFFICER", HOA_AN);
        signInAsProvinceAdmin();
        long unheld = count(
                "SELECT MIN(r.id) FROM app_role r WHERE NOT EXISTS (SELECT 1 FROM officer_role o"
                        + " JOIN officer_agency a ON a.officer_id = o.officer_id WHERE o.role_id = r.id AND a.agency_id = ?)",
                HOA_AN);
        assertThatThrownBy(() -> implementing.map(
                        CHAIN, HOA_AN, java.util.Map.of(1, new ImplementingAgencies.StepChoice(null, unheld))))
                .as("a role nobody holds in the commune")
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("catalog.performers.noOfficers");
        long emptyDivision = BASE + 40;
        sql(
                "INSERT INTO agency (id, code, name, parent_id, path, kind_id, active, version) VALUES"
                        + " (?, 'R.HD.H99', N'Tổ xác minh xã Hòa An (thử, chưa có cán bộ)', ?, ?, NULL, 1, 0)",
                emptyDivision,
                HOA_AN,
                "/100/" + HOA_AN + "/" + emptyDivision + "/");
        assertThatThrownBy(() -> implementing.map(
                        CHAIN, HOA_AN, java.util.Map.of(1, new ImplementingAgencies.StepChoice(emptyDivision, null))))
                .as("a division without officers")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(vietnamese(e))
                        .contains("Tổ xác minh xã Hòa An (thử, chưa có cán bộ)", "chưa có cán bộ nào"));
        assertThat(count(
                        "SELECT COUNT(*) FROM performer_step WHERE procedure_version_id = ? AND agency_id = ?",
                        CHAIN,
                        HOA_AN))
                .as("nothing mapped")
                .isZero();
        // the commune's verification step: done by its leader rather than the version's processing officer
        implementing.map(CHAIN, HOA_AN, java.util.Map.of(1, new ImplementingAgencies.StepChoice(null, leaderRole)));
        assertThat(implementing.mapping(CHAIN, HOA_AN))
                .filteredOn(m -> m.position() == 1)
                .singleElement()
                .satisfies(m -> assertThat(m.roleId()).isEqualTo(leaderRole))
                .satisfies(m -> assertThat(m.actingId()).isEqualTo(HOA_AN));
        SecurityUtils.getSubject().logout();
        try {
            long id = dossiers.receiveAsCounter("Lò Văn Vai Trò", "001099000003", CHAIN, COUNTER_HOA_AN)
                    .id();
            assertThat(count("SELECT role_id FROM dossier_route WHERE dossier_id = ? AND step_position = 1", id))
                    .isEqualTo(leaderRole);
            signIn("truongphong.vaitro", "DIVISION_HEAD", HOA_AN);
            assertThat(choices.officersFor(id, false))
                    .extracting(DossierDetail.OfficerChoice::name)
                    .as("whom to assign: the commune's officers of the mapped role")
                    .contains("Cán bộ chutich.vaitro")
                    .doesNotContain("Cán bộ congchuc.vaitro");

            // the mapping changes; the dossier keeps the role it was received with
            signInAsProvinceAdmin();
            implementing.map(CHAIN, HOA_AN, java.util.Map.of(1, new ImplementingAgencies.StepChoice(null, null)));
            assertThat(count(
                            "SELECT COUNT(*) FROM performer_step WHERE procedure_version_id = ? AND agency_id = ?",
                            CHAIN,
                            HOA_AN))
                    .isZero();
            assertThat(count("SELECT role_id FROM dossier_route WHERE dossier_id = ? AND step_position = 1", id))
                    .isEqualTo(leaderRole);
            long next = dossiers.receiveAsCounter("Lò Thị Vai Trò", "001099000004", CHAIN, COUNTER_HOA_AN)
                    .id();
            signIn("truongphong.vaitro", "DIVISION_HEAD", HOA_AN);
            assertThat(choices.officersFor(next, false))
                    .extracting(DossierDetail.OfficerChoice::name)
                    .as("received after the change: the step's own role again")
                    .contains("Cán bộ congchuc.vaitro")
                    .doesNotContain("Cán bộ chutich.vaitro");
            assertThat(processingRole).isPositive();
        } finally {
            SecurityUtils.getSubject().logout();
            signInAsProvinceAdmin();
            implementing.map(CHAIN, HOA_AN, java.util.Map.of(1, new ImplementingAgencies.StepChoice(null, null)));
        }
    }

    @Test
    void aStaleRuleFormChangesNothing() {
        signInAsProvinceAdmin();
        List<Long> before = implementing.performersOf(CHAIN).stream()
                .map(vn.motcua.directory.entity.Agency::getId)
                .toList();
        int seen = implementing.version(CHAIN).getVersion();
        assertThatThrownBy(() -> implementing.setRule(
                        CHAIN, seen - 1, PerformerRule.LIST, null, null, List.of(LABOUR, SERVICE_CENTRE)))
                .as("a form opened before someone else saved the rule")
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> assertThat(vietnamese(e))
                        .contains("người khác thay đổi"));
        assertThat(implementing.version(CHAIN).getVersion()).isEqualTo(seen);
        assertThat(implementing.performersOf(CHAIN).stream()
                        .map(vn.motcua.directory.entity.Agency::getId)
                        .toList())
                .as("who performs it is unchanged")
                .isEqualTo(before);
    }

    private static String vietnamese(DomainException e) {
        String text = Messages.text(Locale.forLanguageTag("vi"), e.messageKey(), e.arguments());
        assertThat(text).as("a sentence, not a key").isNotEqualTo(e.messageKey());
        return text;
    }

    private record Where(long currentAgency, int stepPosition) {}

    private Where workflow(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT current_agency_id, step_position FROM dossier WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Where(r.getLong(1), r.getInt(2));
            }
        }
    }

    private int version(long id) throws SQLException {
        return (int) count("SELECT version FROM dossier WHERE id = ?", id);
    }

    private long officer(String username, String role, long agency) {
        officers.create(username, role, agency);
        return officers.idOf(username);
    }

    private void signIn(String username, String role, long agency) {
        SecurityUtils.getSubject().logout();
        String password = officers.create(username, role, agency);
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, password));
    }

    /** 9,999 copies of the received dossier (half of them Y's), with its hand-overs, holders and route, set-based. */
    private void cloneDossiers(long template, long y) throws SQLException {
        String columns = "code, lookup_secret, submission_token, procedure_id, procedure_version_id, applicant_id,"
                + " channel, receiving_agency_id, counter_id, current_agency_id, assignee_id, state, step_position,"
                + " step_started_at, step_due_at, received_at, clock_start, original_due_at, due_at, paused_at,"
                + " supplement_requests, result_ready_at, returned_at, closed_at, delivery_method_id, form_data, note,"
                + " version, deciding_agency_id";
        String copied = columns.replace("code, lookup_secret, submission_token,", "");
        sql(
                "INSERT INTO dossier (id, " + columns + ") SELECT ? + r.X, CONCAT(d.code, '-', r.X), d.lookup_secret,"
                        + " CONCAT('reorg-it-', r.X), "
                        + copied.replace(", ", ", d.").replaceFirst("^ ", " d.")
                        + " FROM dossier d, SYSTEM_RANGE(1, ?) r WHERE d.id = ?",
                BASE,
                DOSSIERS - 1,
                template);
        sql(
                "INSERT INTO hand_over (id, dossier_id, position, action, from_state, to_state, step_name, from_officer_id,"
                        + " to_officer_id, from_agency_id, to_agency_id, handed_at, step_due_at, verdict, comment)"
                        + " SELECT ? + r.X * 10 + h.position, ? + r.X, h.position, h.action, h.from_state, h.to_state,"
                        + " h.step_name, h.from_officer_id, h.to_officer_id, h.from_agency_id, h.to_agency_id, h.handed_at,"
                        + " h.step_due_at, h.verdict, h.comment FROM hand_over h, SYSTEM_RANGE(1, ?) r WHERE h.dossier_id = ?",
                BASE,
                BASE,
                DOSSIERS - 1,
                template);
        sql(
                "INSERT INTO dossier_agency (dossier_id, agency_id) SELECT ? + r.X, a.agency_id"
                        + " FROM dossier_agency a, SYSTEM_RANGE(1, ?) r WHERE a.dossier_id = ?",
                BASE,
                DOSSIERS - 1,
                template);
        sql(
                "INSERT INTO dossier_route (dossier_id, step_position, agency_id) SELECT ? + r.X, a.step_position,"
                        + " a.agency_id FROM dossier_route a, SYSTEM_RANGE(1, ?) r WHERE a.dossier_id = ?",
                BASE,
                DOSSIERS - 1,
                template);
        // the odd ones are commune Y's
        long x = BASE + 1;
        String odd = " AND MOD(dossier_id, 2) = 1 AND dossier_id > ?";
        sql(
                "UPDATE dossier SET current_agency_id = ?, receiving_agency_id = ?, deciding_agency_id = ?"
                        + " WHERE id > ? AND MOD(id, 2) = 1",
                y,
                y,
                y,
                BASE);
        sql("UPDATE dossier_agency SET agency_id = ? WHERE agency_id = ?" + odd, y, x, BASE);
        sql("UPDATE dossier_route SET agency_id = ? WHERE agency_id = ?" + odd, y, x, BASE);
    }

    private void signInAsProvinceAdmin() {
        String password = officers.create("quantri.sapnhap", "ADMIN", 100L);
        SecurityUtils.getSubject().login(new UsernamePasswordToken("quantri.sapnhap", password));
    }

    private void sql(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private long count(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
