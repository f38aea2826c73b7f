package vn.motcua.plugins.vehicle.registry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.plugins.vehicle.badge.control.BadgeKind;

/** The registers' queries and Excel columns as the plugin gives them to the core's registry service. */
class RegistersTest {

    @Test
    void everyQueryIsScopedByTheRowsAgencyAndNeedsTheRegistryPermission() {
        var query = Registers.licences(new RegistrySearch());

        assertThat(query.from()).isEqualTo("VehicleRegistrationIssuedLicence r");
        assertThat(query.scopePath()).isEqualTo("r.agencyId");
        assertThat(query.permission()).isEqualTo(VehicleRegistrationPlugin.REGISTRY_VIEW);
        assertThat(query.conditions()).isEmpty();
        assertThat(query.defaultOrder()).containsExactly("r.issuedOn desc");
    }

    @Test
    void aPlateTypedAnyWayLooksForItsNormalisedDigitsAndTypedTextIsAValue() {
        var search = new RegistrySearch();
        search.setPlate(" 30a-123.4");
        search.setHolder("Nguyễn_%");
        search.setCategory("TAXI");

        var query = Registers.badges(search);

        assertThat(query.parameters())
                .containsValues("%30a1234%", "%nguyen__%")
                .containsEntry("category", BadgeKind.TAXI);
        assertThat(String.join(" ", query.conditions())).doesNotContain("30", "guy");
    }

    @Test
    void aLicenceNumberFindsTheNewOrTheReplacedLicenceByItsBeginning() {
        var search = new RegistrySearch();
        search.setNumber("9926 0000");
        search.setIssuedFrom(LocalDate.of(2026, 1, 1));

        var query = Registers.licences(search);

        assertThat(query.conditions()).contains("r.issuedOn >= :from").anySatisfy(c -> assertThat(c)
                .contains("lower(r.licenceNumber) like", "lower(r.previousNumber) like"));
        assertThat(query.parameters()).containsValue("99260000%");
    }

    @Test
    void theHolderIsFoundWithoutItsDiacriticsInBothRegisters() {
        var search = new RegistrySearch();
        search.setHolder("Nguyen Van");

        assertThat(Registers.licences(search).conditions())
                .anySatisfy(c -> assertThat(c).startsWith("r.searchText like"));
        assertThat(Registers.badges(search).parameters()).containsValue("%nguyen van%");
    }

    @Test
    void onlyTheRegistersColumnsSortAndAnUnknownBadgeKindMatchesNothing() {
        var search = new RegistrySearch();
        search.setCategory("SPACESHIP");
        var query = Registers.badges(search);

        assertThat(query.sortable())
                .containsKeys("plate", "badgeNumber", "issuedOn")
                .doesNotContainKey("holderIdNumber");
        assertThat(query.parameters()).containsEntry("category", null);
    }

    @Test
    void headingsAreVietnamese() {
        var sheet = Registers.licenceSheet();
        assertThat(sheet.columns())
                .extracting(c -> c.heading())
                .startsWith("Số GPLX", "Hạng")
                .contains("Có giá trị đến");
        assertThat(Registers.badgeSheet().columns()).hasSize(12);
    }
}
