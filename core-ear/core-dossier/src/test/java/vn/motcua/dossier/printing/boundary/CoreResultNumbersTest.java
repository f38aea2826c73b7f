package vn.motcua.dossier.printing.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.Bean;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.control.numbering.ResultNumberCounters;
import vn.motcua.spi.Plugin;
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

    @Test
    void theOwnerIsThePluginQualifierOfTheInjectingBean() {
        assertThat(CoreResultNumbers.owner(beanWith(Default.Literal.INSTANCE, Plugin.Literal.of("social-welfare"))))
                .isEqualTo("social-welfare");
        assertThat(CoreResultNumbers.owner(beanWith(Default.Literal.INSTANCE, Any.Literal.INSTANCE)))
                .isNull();
        assertThat(CoreResultNumbers.owner(null))
                .as("no bean: a test class, a non-contextual instance")
                .isNull();
    }

    /** A bean of which only the qualifiers are known. */
    private static Bean<?> beanWith(Annotation... qualifiers) {
        return (Bean<?>) Proxy.newProxyInstance(
                Bean.class.getClassLoader(), new Class<?>[] {Bean.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getQualifiers")) {
                        return Set.of(qualifiers);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
