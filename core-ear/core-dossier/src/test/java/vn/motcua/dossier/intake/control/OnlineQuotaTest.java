package vn.motcua.dossier.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OnlineQuotaTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 1, 9, 0);

    @Test
    void theWaitIsTheRestOfTheHourInWholeMinutesRoundedUpAndNeverLessThanOne() {
        assertThat(OnlineQuota.minutesToWait(START, START)).isEqualTo("60");
        assertThat(OnlineQuota.minutesToWait(START, START.plusMinutes(20))).isEqualTo("40");
        assertThat(OnlineQuota.minutesToWait(START, START.plusMinutes(20).plusSeconds(1)))
                .isEqualTo("40");
        assertThat(OnlineQuota.minutesToWait(START, START.plusMinutes(59).plusSeconds(30)))
                .isEqualTo("1");
        assertThat(OnlineQuota.minutesToWait(START, START.plusMinutes(61)))
                .as("a window just ended")
                .isEqualTo("1");
        assertThat(OnlineQuota.minutesToWait((LocalDateTime) null, START))
                .as("no row to tell")
                .isEqualTo("1");
    }

    @Test
    void megabytesAreBinaryLikeTheStoresLimitAndDoNotOverflow() {
        assertThat(OnlineQuota.megabytes(200)).isEqualTo(200L * 1024 * 1024);
        assertThat(OnlineQuota.megabytes(10_000)).isEqualTo(10_000L * 1024 * 1024);
    }

    @Test
    void theDefaultsLetTenRealDossiersAnHourThrough() {
        long realDossier = OnlineQuota.megabytes(20); // the upper end of what an applicant uploads for one
        assertThat(OnlineQuota.megabytes(OnlineQuota.DEFAULT_UPLOAD_MEGABYTES) / realDossier)
                .isGreaterThanOrEqualTo(OnlineQuota.DEFAULT_SUBMISSIONS);
    }
}
