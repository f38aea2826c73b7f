package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.directory.boundary.OfficerAdministration;
import vn.motcua.directory.boundary.RoleAdministration;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Officer;
import vn.motcua.directory.entity.Role;
import vn.motcua.platform.paging.Page;
import vn.motcua.platform.paging.PageRequest;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.NotAuthorizedException;

/**
 * The officer list and the officer form against the real database: a page of officers costs a fixed number of
 * queries whatever its size, and an admin whose scope is one department keeps, when saving, an officer's
 * membership of an agency they cannot see. And the rules that keep rights from being raised (issue 12): a unit
 * admin edits no role, nobody adds to a role or hands out a permission they lack, nobody takes over an account that
 * holds more than they do or works outside their scope.
 */
@ExtendWith(ArquillianExtension.class)
class OfficerAdministrationIT {

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Inject
    OfficerAdministration administration;

    @Inject
    RoleAdministration roleAdministration;

    @Inject
    TestOfficers officers;

    @Resource(lookup = "jdbc/motcua")
    DataSource dataSource;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void aPageOfOfficersCostsTheSameQueriesWhateverItsSize() throws Exception {
        officers.createMany("trang.test", 25, 110L);
        signIn("quantri.test", "ADMIN", 100L);
        showPage(5); // warm-up: the realm's and the scope's own lookups

        long forFive = queriesWhile(() -> assertThat(showPage(5)).isEqualTo(5));
        long forTwenty = queriesWhile(() -> assertThat(showPage(20)).isEqualTo(20));

        assertThat(forTwenty)
                .as("queries for 20 rows (agencies and roles in batches, not one query per row)")
                .isEqualTo(forFive)
                .isLessThanOrEqualTo(6);
    }

    @Test
    void aScopedAdminsSaveKeepsMembershipsOutsideTheirScope() {
        // Under the Department of Information and Communications (110) and of Labour (120).
        officers.create("haicoquan.test", "DIRECTORY_ADMIN", 111L, 121L);
        signIn("quantri.sotttt.test", "DIRECTORY_ADMIN", 110L); // directory:* within 110 and below

        Officer shown = administration.find(officers.idOf("haicoquan.test"));
        assertThat(administration.outsideScope(shown)).extracting(Agency::getId).containsExactly(121L);

        // What the form sends: the agencies it lists (those in scope) and the roles the officer has.
        shown.setFullName("Cán bộ hai cơ quan");
        List<Long> roleIds = shown.getRoles().stream().map(Role::getId).toList();
        administration.update(shown, List.of(111L), roleIds);

        assertThat(officers.agencyIdsOf("haicoquan.test")).containsExactly(111L, 121L);
    }

    @Test
    void aUnitAdminEditsNoRoleNotEvenItsOwn() {
        // The finding: a unit admin (directory:*) added '*' to its own role, logged in again and read everything.
        signIn("quantri.donvi.role.test", "DIRECTORY_ADMIN", 110L);
        Role own = role("DIRECTORY_ADMIN");
        var widened = new java.util.ArrayList<>(own.getPermissions());
        widened.add("*");

        assertThatThrownBy(() -> roleAdministration.save(own, widened)).isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> roleAdministration.save(role("ADMIN"), List.of("*", "report:view")))
                .isInstanceOf(NotAuthorizedException.class);
        assertThat(roleAdministration.mayEditRoles()).isFalse();
        assertThat(officers.permissionsOf("DIRECTORY_ADMIN")).containsExactly("directory:*");
        assertThat(officers.permissionsOf("ADMIN")).containsExactly("*", "audit:view");
    }

    @Test
    void aProvincialRoleAdminAddsOnlyWhatItHoldsAndLeavesTheAdminRoleAlone() {
        officers.role("ROLE_ADMIN_TEST", "directory:*", "scope:all");
        signIn("quantri.vaitro.test", "ROLE_ADMIN_TEST", 100L);
        officers.role("HELPER_TEST", "directory:officer:view");
        Role helper = role("HELPER_TEST");

        assertThatThrownBy(() -> roleAdministration.save(helper, List.of("directory:officer:view", "dossier:approve")))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("directory.role.permissionBeyondYours");
        assertThatThrownBy(() -> roleAdministration.save(role("ADMIN"), List.of("*")))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("directory.role.beyondYours");
        assertThatThrownBy(() -> roleAdministration.delete(role("ADMIN").getId()))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("directory.role.beyondYours");
        assertThat(roleAdministration.editable(role("ADMIN"))).isFalse();

        roleAdministration.save(helper, List.of("directory:officer:view", "directory:counter:view"));
        assertThat(officers.permissionsOf("HELPER_TEST"))
                .containsExactly("directory:counter:view", "directory:officer:view");
        assertThat(officers.permissionsOf("ADMIN")).containsExactly("*", "audit:view");
    }

    @Test
    void aUnitAdminTakesOverNoAccountThatHoldsMoreOrWorksElsewhere() {
        officers.create("lanhdao.so.test", "LEADER", 111L); // dossier:approve, inside the admin's subtree
        officers.create("quantri.hai.test", "DIRECTORY_ADMIN", 111L, 121L); // also works in another department
        officers.create("quantri.cung.test", "DIRECTORY_ADMIN", 111L); // same rights, same subtree
        signIn("quantri.donvi.test", "DIRECTORY_ADMIN", 110L);

        long leader = officers.idOf("lanhdao.so.test");
        assertThatThrownBy(() -> administration.resetPassword(leader))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("directory.officer.beyondYours");
        assertThatThrownBy(() -> administration.setActive(leader, false))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("directory.officer.beyondYours");
        long shared = officers.idOf("quantri.hai.test");
        assertThatThrownBy(() -> administration.resetPassword(shared))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("directory.officer.sharedOutsideScope");
        assertThat(administration.resetPassword(officers.idOf("quantri.cung.test")))
                .hasSizeGreaterThanOrEqualTo(12);

        // What the screen offers: no role with a permission the admin lacks, no action on those officers.
        assertThat(administration.roles())
                .extracting(Role::getCode)
                .contains("DIRECTORY_ADMIN")
                .doesNotContain("ADMIN", "LEADER", "COUNTER_OFFICER");
        var rights = administration.rights(List.of(
                administration.find(leader),
                administration.find(shared),
                administration.find(officers.idOf("quantri.cung.test"))));
        assertThat(rights.editable()).containsExactlyInAnyOrder(shared, officers.idOf("quantri.cung.test"));
        assertThat(rights.whollyInScope()).containsExactly(officers.idOf("quantri.cung.test"));
    }

    @Test
    void aUnitAdminSeesNoOfficerOutsideItsSubtree() {
        officers.create("tiepnhan.laodong.test", "COUNTER_OFFICER", 121L);
        signIn("quantri.donvi.scope.test", "DIRECTORY_ADMIN", 110L);

        long elsewhere = officers.idOf("tiepnhan.laodong.test");
        assertThatThrownBy(() -> administration.find(elsewhere))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("directory.officer.notFound");
        assertThatThrownBy(() -> administration.unlock(elsewhere)).isInstanceOf(DomainException.class);
    }

    private Role role(String code) {
        return roleAdministration.all().stream()
                .filter(r -> r.getCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theListFiltersByTypedNameAmongActiveOfficers() {
        officers.create("loc.tim.test", "COUNTER_OFFICER", 111L);
        // The provincial admin of issue 14, and a directory admin scoped to one department (the Sở TTTT, 110), whose
        // list carries the scope predicate: that one used to crash with H2's "BOOLEAN and INTEGER are not comparable"
        // once the scope's path comparison (concat) made EclipseLink write the statement's values inline.
        officers.create("loc.ngoai.test", "COUNTER_OFFICER", 121L);
        for (String role : List.of("ADMIN", "DIRECTORY_ADMIN")) {
            signIn("quantri.loc." + role.toLowerCase() + ".test", role, role.equals("ADMIN") ? 100L : 110L);
            // What the screen sends when someone types in a column filter: the typed text and "active only".
            Page<Officer> byUsername = administration.page(
                    PageRequest.of(0, 10).filteredBy(java.util.Map.of("username", "loc.tim", "active", Boolean.TRUE)));
            assertThat(byUsername.rows()).extracting(Officer::getUsername).containsExactly("loc.tim.test");
            Page<Officer> byName = administration.page(
                    PageRequest.of(0, 10).filteredBy(java.util.Map.of("fullName", "loc.tim", "active", Boolean.FALSE)));
            assertThat(byName.rows()).isEmpty();
            // The same typing, by name, finds the officer with or without the "active only" filter; one outside the
            // scoped admin's department only for the provincial admin.
            Page<Officer> byFullName =
                    administration.page(PageRequest.of(0, 10).filteredBy(java.util.Map.of("fullName", "loc.tim")));
            assertThat(byFullName.rows()).extracting(Officer::getUsername).containsExactly("loc.tim.test");
            Page<Officer> outside = administration.page(PageRequest.of(0, 10)
                    .filteredBy(java.util.Map.of("username", "loc.ngoai", "active", Boolean.TRUE)));
            assertThat(outside.rows())
                    .extracting(Officer::getUsername)
                    .containsExactlyElementsOf(role.equals("ADMIN") ? List.of("loc.ngoai.test") : List.of());
            SecurityUtils.getSubject().logout();
        }
    }

    @Test
    void namesAreFoundWithOrWithoutDiacritics() throws Exception {
        signIn("quantri.dau.test", "ADMIN", 100L);
        // A demo officer (inserted by SQL, folded at start) and a new one, typed as on a keyboard without Telex.
        officers.create("khong.dau.test", "COUNTER_OFFICER", 111L);
        Page<Officer> demo = administration.page(PageRequest.of(0, 10)
                .filteredBy(java.util.Map.of("fullName", "nguyen thi lan", "active", Boolean.TRUE)));
        assertThat(demo.rows()).extracting(Officer::getFullName).contains("Nguyễn Thị Lan");
        Page<Officer> created =
                administration.page(PageRequest.of(0, 10).filteredBy(java.util.Map.of("fullName", "CAN BO KHONG.DAU")));
        assertThat(created.rows()).extracting(Officer::getUsername).containsExactly("khong.dau.test");
        Page<Officer> accented =
                administration.page(PageRequest.of(0, 10).filteredBy(java.util.Map.of("fullName", "Cán bộ khong.dau")));
        assertThat(accented.rows()).extracting(Officer::getUsername).containsExactly("khong.dau.test");

        var procedures = jakarta.enterprise
                .inject
                .spi
                .CDI
                .current()
                .select(vn.motcua.catalog.boundary.ProcedureAdministration.class)
                .get();
        var found = procedures.page(PageRequest.of(0, 10)
                .filteredBy(java.util.Map.of("name", "cap giay phep xuat ban ban tin", "active", Boolean.TRUE)));
        assertThat(found.rows())
                .extracting(vn.motcua.catalog.entity.Procedure::getName)
                .contains("Cấp giấy phép xuất bản bản tin");

        // Every row has its search column, those written by SQL before it existed too.
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String table : List.of("officer", "admin_procedure", "applicant")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE search_text IS NULL")) {
                    rs.next();
                    assertThat(rs.getLong(1))
                            .as("rows of %s without search text", table)
                            .isZero();
                }
            }
        }
    }

    /** Renders what the list shows for each officer of the first page: agencies, roles and what the roles allow. */
    private int showPage(int size) {
        Page<Officer> page = administration.page(PageRequest.of(0, size));
        StringBuilder shown = new StringBuilder();
        for (Officer o : page.rows()) {
            o.getAgencies().forEach(a -> shown.append(a.getName()));
            o.getRoles().forEach(r -> shown.append(r.getName()).append(r.getPermissions()));
        }
        assertThat(shown).isNotEmpty();
        return page.rows().size();
    }

    /** Counts the SQL statements on directory tables that the database executed meanwhile (H2's statistics). */
    private long queriesWhile(Runnable action) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET QUERY_STATISTICS FALSE");
            s.execute("SET QUERY_STATISTICS TRUE");
            action.run();
            long executed = 0;
            try (ResultSet rs =
                    s.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                while (rs.next()) {
                    String sql = rs.getString(1).toLowerCase();
                    if (!sql.contains("query_statistics")
                            && (sql.contains("officer") || sql.contains("agency") || sql.contains("role"))) {
                        executed += rs.getLong(2);
                    }
                }
            }
            s.execute("SET QUERY_STATISTICS FALSE");
            return executed;
        }
    }

    private void signIn(String username, String roleCode, long agencyId) {
        String password = officers.create(username, roleCode, agencyId);
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, password));
    }
}
