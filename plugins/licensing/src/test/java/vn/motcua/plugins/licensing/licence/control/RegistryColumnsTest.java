package vn.motcua.plugins.licensing.licence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.plugins.licensing.LicensingPlugin;
import vn.motcua.plugins.licensing.licence.boundary.LicenceRegistry;
import vn.motcua.plugins.licensing.licence.boundary.RegistryFilter;
import vn.motcua.plugins.licensing.licence.entity.Licence;
import vn.motcua.plugins.licensing.licence.entity.LicenceStatus;
import vn.motcua.spi.registry.RegistrySheet;

/** The registry's query and Excel columns as the plugin gives them to the core's registry service. */
class RegistryColumnsTest {

    @Test
    void theQueryIsScopedByTheLicencesAgencyAndReadableWithTheViewPermission() {
        var query = LicenceRegistry.query(new RegistryFilter());

        assertThat(query.scopePath()).isEqualTo("l.agencyId");
        assertThat(query.idPath()).isEqualTo("l.id");
        assertThat(query.permission()).isEqualTo(LicensingPlugin.LICENCE_VIEW);
        assertThat(query.conditions()).isEmpty();
        assertThat(query.sortable()).containsEntry("number", List.of("l.issueYear", "l.sequenceNumber"));
    }

    @Test
    void theFilterBarBecomesConditionsWithValues() {
        var filter = new RegistryFilter();
        filter.setHolder("Hội ");
        filter.setStatus(LicenceStatus.EXPIRED);
        filter.setExpiringWithinDays(30);

        var query = LicenceRegistry.query(filter);

        assertThat(query.conditions())
                .containsExactly(
                        "l.searchText like :motcuaText1",
                        "l.status = :valid and l.expiresOn < :today",
                        "l.status = :valid and l.expiresOn between :today and :until");
        assertThat(query.parameters())
                .containsEntry("motcuaText1", "%hoi%")
                .containsEntry("valid", LicenceStatus.VALID)
                .containsEntry("until", LocalDate.now().plusDays(30));
    }

    @Test
    void everyLicenceIsARowUnderTranslatedHeadingsWithItsStatusOfToday() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        RegistrySheet<Licence> sheet =
                LicenceRegistry.sheet(key -> "«" + key.substring(key.lastIndexOf('.') + 1) + "»", today);
        var valid = TestLicences.bulletin(LocalDate.of(2026, 3, 15));
        var expired = TestLicences.bulletin(LocalDate.of(2020, 1, 10));

        assertThat(sheet.name()).isEqualTo("licensing.registry.title");
        assertThat(sheet.columns()).hasSize(12);
        assertThat(sheet.columns().get(0).heading()).isEqualTo("licensing.registry.number");
        assertThat(values(sheet, valid))
                .startsWith("12/GP-STTTT")
                .contains("Bản tin Thông tin Thái Hòa", 24, LocalDate.of(2031, 3, 14), "«VALID»")
                .endsWith("000.00.12.H99-260315-0001");
        assertThat(values(sheet, expired).get(10)).isEqualTo("«EXPIRED»");
        assertThat(sheet.columns().get(8).format()).isEqualTo(RegistrySheet.Format.DATE);
    }

    private static List<Object> values(RegistrySheet<Licence> sheet, Licence licence) {
        return sheet.columns().stream()
                .map(c -> (Object) c.value().apply(licence))
                .toList();
    }
}
