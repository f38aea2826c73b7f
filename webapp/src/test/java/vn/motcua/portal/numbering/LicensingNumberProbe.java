package vn.motcua.portal.numbering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.plugins.licensing.LicensingPlugin;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.numbering.ResultNumbers;

/** In-container fixture standing for a bean of the licensing plugin: it gets the ResultNumbers of that plugin. */
@Plugin(LicensingPlugin.ID)
@ApplicationScoped
public class LicensingNumberProbe {

    @Inject
    ResultNumbers numbers;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long take(String series, long agencyId, int year) {
        return numbers.next(series, agencyId, year);
    }
}
