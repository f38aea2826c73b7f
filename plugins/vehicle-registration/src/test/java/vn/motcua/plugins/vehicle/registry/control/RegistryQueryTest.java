package vn.motcua.plugins.vehicle.registry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.plugins.vehicle.badge.control.BadgeKind;
import vn.motcua.plugins.vehicle.registry.control.RegistryQuery.Register;

class RegistryQueryTest {

    @Test
    void everyQueryIsLimitedToTheAgenciesInScope() {
        var q = RegistryQuery.of(Register.LICENCES, Set.of(130L, 131L), new RegistrySearch());
        assertThat(q.countJpql())
                .isEqualTo("select count(r) from VehicleRegistrationIssuedLicence r where r.agencyId in :scope");
        assertThat(q.parameters()).containsEntry("scope", Set.of(130L, 131L)).hasSize(1);
    }

    @Test
    void aPlateTypedAnyWayLooksForItsNormalisedDigitsAndTypedTextIsBoundNeverSpliced() {
        var search = new RegistrySearch();
        search.setPlate(" 30a-123.4");
        search.setHolder("Nguyễn_%");
        search.setCategory("TAXI");
        var q = RegistryQuery.of(Register.BADGES, Set.of(130L), search);
        assertThat(q.parameters())
                .containsEntry("plate", "%30A1234%")
                .containsEntry("holder", "%nguyễn\\_\\%%")
                .containsEntry("category", BadgeKind.TAXI);
        assertThat(q.selectJpql(null, true)).doesNotContain("30A", "Nguy");
    }

    @Test
    void aLicenceNumberFindsTheNewOrTheReplacedLicenceByItsBeginning() {
        var search = new RegistrySearch();
        search.setNumber("9926 0000");
        search.setIssuedFrom(LocalDate.of(2026, 1, 1));
        var q = RegistryQuery.of(Register.LICENCES, Set.of(130L), search);
        assertThat(q.countJpql())
                .contains("r.licenceNumber like :number", "r.previousNumber like :number", "r.issuedOn >= :from");
        assertThat(q.parameters()).containsEntry("number", "99260000%");
    }

    @Test
    void onlyWhitelistedFieldsSortAndTheIdKeepsPagesStable() {
        var q = RegistryQuery.of(Register.BADGES, Set.of(130L), new RegistrySearch());
        assertThat(q.selectJpql("plate", true)).endsWith("order by r.plate asc, r.id desc");
        assertThat(q.selectJpql("holderIdNumber; drop table x", true)).endsWith("order by r.issuedOn desc, r.id desc");
        assertThat(q.selectJpql(null, true)).endsWith("order by r.issuedOn desc, r.id desc");
    }

    @Test
    void anUnknownBadgeKindMatchesNothingInsteadOfFailing() {
        var search = new RegistrySearch();
        search.setCategory("SPACESHIP");
        var q = RegistryQuery.of(Register.BADGES, Set.of(130L), search);
        assertThat(q.parameters()).containsEntry("category", null);
    }
}
