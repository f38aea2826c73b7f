package vn.motcua.dossier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DossierCodesTest {

    @Test
    void aWholeCodeIsRecognisedWhateverItsCaseAndSpaces() {
        String code = DossierCodes.format("000.00.12.H99", LocalDate.of(2026, 12, 7), 42);
        assertEquals("000.00.12.H99-261207-0042", code);
        assertTrue(DossierCodes.isWholeCode(code));
        assertTrue(DossierCodes.isWholeCode("  000.00.12.h99-261207-0042 "));
        assertEquals(code, DossierCodes.normalized("  000.00.12.h99-261207-0042 "));
        assertTrue(DossierCodes.isWholeCode("H-99-261207-12345"), "identifiers with dashes, sequences past 9999");
    }

    @Test
    void partOfACodeIsNot() {
        assertFalse(DossierCodes.isWholeCode(null));
        assertFalse(DossierCodes.isWholeCode(""));
        assertFalse(DossierCodes.isWholeCode("0042"));
        assertFalse(DossierCodes.isWholeCode("261207-0042"));
        assertFalse(DossierCodes.isWholeCode("H99-261207"));
        assertFalse(DossierCodes.isWholeCode("000.00.12.H99-261207-004"));
        assertFalse(DossierCodes.isWholeCode("000.00.12.H99 261207 0042"));
    }
}
