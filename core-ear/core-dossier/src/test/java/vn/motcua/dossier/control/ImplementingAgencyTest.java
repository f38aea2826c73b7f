package vn.motcua.dossier.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.control.Performers;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Counter;
import vn.motcua.spi.DomainException;

/** Which implementing agency a new dossier is for, at a counter (receiving on behalf) and online (the place picked). */
class ImplementingAgencyTest {

    private final Agency centre = agency(102L, "/100/102/", "Trung tâm Phục vụ hành chính công tỉnh");
    private final Agency labour = agency(120L, "/100/120/", "Sở Lao động - Thương binh và Xã hội");
    private final Agency transport = agency(130L, "/100/130/", "Sở Giao thông vận tải");
    private final Agency hoaAn = agency(151L, "/100/151/", "Ủy ban nhân dân xã Hòa An");
    private final Agency tanPhu = agency(152L, "/100/152/", "Ủy ban nhân dân xã Tân Phú");
    private final ProcedureVersion version = ProcedureVersion.blank();

    private ImplementingAgency performedBy(Agency... agencies) {
        var implementing = new ImplementingAgency();
        implementing.performers = new Performers() {
            @Override
            public List<Agency> of(ProcedureVersion v) {
                return List.of(agencies);
            }
        };
        return implementing;
    }

    @Test
    void aCommuneDeskReceivesForItsOwnCommuneOnly() {
        Counter desk = counter(hoaAn);
        var implementing = performedBy(hoaAn, tanPhu);
        assertThat(implementing.forCounter(version, desk)).containsExactly(hoaAn);
        assertThat(implementing.atCounter(version, desk, null)).isSameAs(hoaAn);
        assertThatThrownBy(() -> implementing.atCounter(version, desk, tanPhu.getId()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.receive.notPerformer");
    }

    @Test
    void theServiceCentreDeskReceivesOnBehalfOfTheDepartmentsItIsConfiguredFor() {
        Counter desk = counter(centre);
        desk.getReceivesFor().add(labour);
        desk.getReceivesFor().add(transport);
        assertThat(performedBy(labour).atCounter(version, desk, null)).isSameAs(labour);
        assertThat(performedBy(hoaAn).forCounter(version, desk))
                .as("not configured for the commune")
                .isEmpty();
        assertThatThrownBy(() -> performedBy(labour, transport).atCounter(version, desk, null))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.receive.agencyRequired");
        assertThat(performedBy(labour, transport).atCounter(version, desk, transport.getId()))
                .isSameAs(transport);
    }

    @Test
    void onlineTheCitizenPicksOneOfThePerformers() {
        var implementing = performedBy(hoaAn, tanPhu);
        assertThat(implementing.online(version, tanPhu.getId())).isSameAs(tanPhu);
        assertThatThrownBy(() -> implementing.online(version, null))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.online.placeRequired");
        assertThatThrownBy(() -> implementing.online(version, labour.getId()))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("dossier.online.notPerformer");
        assertThat(performedBy(labour).online(version, null)).as("the only one").isSameAs(labour);
    }

    private static Counter counter(Agency agency) {
        var counter = new Counter();
        counter.setName("Quầy " + agency.getName());
        counter.setAgency(agency);
        return counter;
    }

    private static Agency agency(long id, String path, String name) {
        var agency = new Agency();
        try {
            Field field = Agency.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(agency, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        agency.setPath(path);
        agency.setName(name);
        return agency;
    }
}
