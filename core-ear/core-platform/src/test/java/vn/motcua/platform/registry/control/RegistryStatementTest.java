package vn.motcua.platform.registry.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.spi.registry.RegistryQuery;

class RegistryStatementTest {

    private static RegistryQuery<Object> licences() {
        return RegistryQuery.select(Object.class, "l", "Licence l")
                .scopedBy("l.agencyId")
                .identifiedBy("l.id")
                .readableWith("licensing:licence:view")
                .sortable("number", "l.issueYear", "l.sequenceNumber")
                .sortable("holderName", "l.holderName")
                .orderedBy("l.issuedOn desc");
    }

    @Test
    void theScopeComesFirstAndAlwaysWhateverTheFilter() {
        var statement =
                RegistryStatement.of(licences().whereGiven("l.status = :status", "status", "VALID"), Set.of(7L, 8L));

        assertThat(statement.count())
                .isEqualTo(
                        "select count(l.id) from Licence l where l.agencyId in :motcuaScope and (l.status = :status)");
        assertThat(statement.parameters()).containsEntry("motcuaScope", Set.of(7L, 8L));
        assertThat(statement.parameters()).containsEntry("status", "VALID");
        assertThat(statement.select(null, true))
                .startsWith("select l from Licence l where l.agencyId in :motcuaScope and (l.status = :status)");
    }

    @Test
    void aConditionThatSaysOrCannotWidenTheScope() {
        var statement = RegistryStatement.of(licences().where("l.kind = 'A' or 1 = 1"), Set.of(7L));

        assertThat(statement.count()).endsWith("where l.agencyId in :motcuaScope and (l.kind = 'A' or 1 = 1)");
    }

    @Test
    void nothingInScopeMeansNoStatementAndAQueryWithoutScopeOrIdIsNeverRun() {
        assertThatThrownBy(() -> RegistryStatement.of(licences(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegistryStatement.of(
                        RegistryQuery.select(Object.class, "l", "Licence l").identifiedBy("l.id"), Set.of(1L)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("scopedBy");
        assertThatThrownBy(() -> RegistryStatement.of(
                        RegistryQuery.select(Object.class, "l", "Licence l").scopedBy("l.agencyId"), Set.of(1L)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("identifiedBy");
    }

    @Test
    void onlyDeclaredColumnsSortAndTheIdClosesEveryOrder() {
        var statement = RegistryStatement.of(licences(), Set.of(1L));

        assertThat(statement.select("number", false))
                .endsWith(" order by l.issueYear desc, l.sequenceNumber desc, l.id desc");
        assertThat(statement.select("holderName", true)).endsWith(" order by l.holderName asc, l.id desc");
        assertThat(statement.select("l.id; drop table licence", true))
                .as("an unknown field falls back to the default order")
                .endsWith(" order by l.issuedOn desc, l.id desc");
        assertThat(statement.select(null, true)).endsWith(" order by l.issuedOn desc, l.id desc");
    }

    @Test
    void theIdIsNotOrderedTwice() {
        var statement = RegistryStatement.of(licences().orderedBy("l.id ASC"), Set.of(1L));

        assertThat(statement.select(null, true)).endsWith(" order by l.id ASC");
    }

    @Test
    void typedTextIsAValueNeverPartOfTheStatement() {
        var query = licences()
                .contains("  Nguyễn%Văn_A'  ", "l.holderName", "l.holderIdNumber")
                .startsWith("0123", "l.number");
        var statement = RegistryStatement.of(query, Set.of(1L));

        assertThat(statement.count())
                .isEqualTo("select count(l.id) from Licence l where l.agencyId in :motcuaScope"
                        + " and ((lower(l.holderName) like :motcuaText1 or lower(l.holderIdNumber) like :motcuaText1))"
                        + " and (lower(l.number) like :motcuaText2)");
        assertThat(statement.parameters())
                .containsEntry("motcuaText1", "%nguyễn_văn_a'%")
                .containsEntry("motcuaText2", "0123%");
    }

    @Test
    void blankFiltersAddNothing() {
        var query = licences()
                .contains("   ", "l.holderName")
                .whereGiven("l.status = :status", "status", null)
                .whereGiven("l.number = :number", "number", " ");

        assertThat(RegistryStatement.of(query, Set.of(1L)).count())
                .isEqualTo("select count(l.id) from Licence l where l.agencyId in :motcuaScope");
    }

    @Test
    void severalEntitiesAndAProjection() {
        var query = RegistryQuery.select(Object.class, "new my.Row(b.id, d.number)", "Beneficiary b, Decision d")
                .scopedBy("b.agencyId")
                .identifiedBy("b.id")
                .where("d.id = b.decisionId")
                .where("b.startMonth <= :month", "month", LocalDate.of(2027, 1, 1))
                .orderedBy("b.fullName");

        var statement = RegistryStatement.of(query, Set.of(3L));
        assertThat(statement.select(null, true))
                .isEqualTo("select new my.Row(b.id, d.number) from Beneficiary b, Decision d"
                        + " where b.agencyId in :motcuaScope and (d.id = b.decisionId) and (b.startMonth <= :month)"
                        + " order by b.fullName, b.id desc");
        assertThat(statement.parameters()).containsEntry("month", LocalDate.of(2027, 1, 1));
    }

    @Test
    void aPluginCannotTakeTheCoresParameterNamesNorPassAnythingButAPathAsScope() {
        assertThatThrownBy(() -> licences().where("l.agencyId = :motcuaScope", "motcuaScope", 1L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> licences().where("x = :a", "a b", 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        RegistryQuery.select(Object.class, "l", "Licence l").scopedBy("l.agencyId or 1=1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> licences().contains("x", "lower(l.name)"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
