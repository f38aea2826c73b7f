package vn.motcua.dossier.printing.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.control.numbering.ResultNumberCounters;
import vn.motcua.spi.numbering.ResultNumbers;

/** What a bean gets injected checks the series against the bean's plugin before any counter is touched. */
class CoreResultNumbersTest {

    private final List<String> counted = new ArrayList<>();

    private final ResultNumberCounters counters = new ResultNumberCounters() {
        @Override
        public long next(String series, long agencyId, int year) {
            counted.add(series + "/" + agencyId + "/" + year);
            return counted.size();
        }
    };

    @Test
    void aPluginBeanNumbersInItsOwnSeries() {
        ResultNumbers numbers = new CoreResultNumbers.OwnedResultNumbers("licensing", counters);
        assertThat(numbers.next("licensing.GP", 110L, 2026)).isEqualTo(1L);
        assertThat(numbers.next("licensing.QD", 110L, 2026)).isEqualTo(2L);
        assertThat(counted).containsExactly("licensing.GP/110/2026", "licensing.QD/110/2026");
    }

    @Test
    void aPluginBeanIsRefusedAnotherPluginsSeriesAndNothingIsCounted() {
        ResultNumbers numbers = new CoreResultNumbers.OwnedResultNumbers("licensing", counters);
        assertThatThrownBy(() -> numbers.next("social-welfare.decision", 120L, 2026))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> numbers.next("licensing.GP", 110L, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(counted).isEmpty();
    }

    @Test
    void aCallerThatIsNoPluginBeanMayUseAnyWellFormedSeries() {
        ResultNumbers numbers = new CoreResultNumbers.OwnedResultNumbers(null, counters);
        numbers.next("social-welfare.decision", 120L, 2026);
        assertThatThrownBy(() -> numbers.next("decision", 120L, 2026)).isInstanceOf(IllegalArgumentException.class);
        assertThat(counted).containsExactly("social-welfare.decision/120/2026");
    }
}
