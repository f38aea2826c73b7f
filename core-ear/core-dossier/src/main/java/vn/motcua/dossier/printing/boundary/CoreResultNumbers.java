package vn.motcua.dossier.printing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import java.io.Serializable;
import vn.motcua.dossier.control.numbering.ResultNumberCounters;
import vn.motcua.dossier.control.numbering.SeriesNames;
import vn.motcua.platform.plugin.boundary.PluginOwners;
import vn.motcua.spi.numbering.ResultNumbers;

/**
 * The core's result numbering for plugins. {@link ResultNumbers} is produced per injection point so that it knows
 * which plugin asks ({@link PluginOwners}: the plugin of the injecting bean, i.e. of the JAR it comes from). That
 * plugin may count only in its own series ({@code <id>.…}); a caller that is no plugin's (the core, a test) may use
 * any well-formed series.
 */
@ApplicationScoped
public class CoreResultNumbers {

    @Inject
    ResultNumberCounters counters;

    @Inject
    PluginOwners owners;

    @Produces
    @Dependent
    ResultNumbers forTheInjectingBean(InjectionPoint injectionPoint) {
        return new OwnedResultNumbers(owners.of(injectionPoint), counters);
    }

    /** What a bean gets injected: serializable, so view- and session-scoped plugin beans may hold it. */
    static final class OwnedResultNumbers implements ResultNumbers, Serializable {
        private static final long serialVersionUID = 1L;

        private final String owner;
        private final ResultNumberCounters counters; // a client proxy: serializable

        OwnedResultNumbers(String owner, ResultNumberCounters counters) {
            this.owner = owner;
            this.counters = counters;
        }

        @Override
        public long next(String series, long agencyId, int year) {
            SeriesNames.check(owner, series);
            if (year < 1 || year > 9999) {
                throw new IllegalArgumentException("Not a calendar year: " + year);
            }
            return counters.next(series, agencyId, year);
        }

        @Override
        public String toString() {
            return "ResultNumbers of " + (owner == null ? "the core" : "plugin " + owner);
        }
    }
}
