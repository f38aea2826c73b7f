package vn.motcua.dossier.lookup.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScannedCodeTest {

    @Test
    void readsCodeAndSecretFromTheLookupAddressOfAFormsQrCode() {
        assertThat(
                        ScannedCode.parse(
                                "https://motcua.thaihoa.gov.vn/public/lookup.xhtml?code=000.00.12.H99-261122-0001&secret=AB12CD34"))
                .contains(new ScannedCode("000.00.12.H99-261122-0001", "AB12CD34"));
    }

    @Test
    void aCodeAloneIsLookedUpWithoutSecret() {
        assertThat(ScannedCode.parse(" 000.00.12.H99-261122-0001 "))
                .contains(new ScannedCode("000.00.12.H99-261122-0001", null));
    }

    @Test
    void somethingElseIsUnreadable() {
        assertThat(ScannedCode.parse("https://example.org/?q=1")).isEmpty();
        assertThat(ScannedCode.parse("<script>")).isEmpty();
        assertThat(ScannedCode.parse("")).isEmpty();
        assertThat(ScannedCode.parse("https://x/public/lookup.xhtml?code=A1B2C3&secret=<x>"))
                .contains(new ScannedCode("A1B2C3", null));
    }
}
