package vn.motcua.portal.numbering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.spi.numbering.ResultNumbers;

/** In-container fixture that is no plugin's bean: numbers taken in transactions of their own, as approvals take them. */
@ApplicationScoped
public class NumberProbe {

    @Inject
    ResultNumbers numbers;

    /** One approval's worth of numbering, committed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long take(String series, long agencyId, int year) {
        return numbers.next(series, agencyId, year);
    }

    /** An approval that takes a number and is then refused: its transaction rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long takeAndFail(String series, long agencyId, int year) {
        long taken = numbers.next(series, agencyId, year);
        throw new Refused(taken);
    }

    /** What {@link #takeAndFail} throws, carrying the number it had taken. */
    public static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final long taken;

        Refused(long taken) {
            super("refused after taking " + taken);
            this.taken = taken;
        }
    }
}
