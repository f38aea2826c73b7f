package vn.motcua.dossier.printing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dossier prints with the template in force on its day; before any stored version, with the built-in one. */
class TemplatesInForceTest {
    static final TemplateVersion RECEIPT_2025 = version(FormKind.RECEIPT, 1, LocalDate.of(2025, 7, 1), "receipt v1");
    static final TemplateVersion RECEIPT_2026 = version(FormKind.RECEIPT, 2, LocalDate.of(2026, 1, 1), "receipt v2");
    static final TemplateVersion RECEIPT_2026_FIX =
            version(FormKind.RECEIPT, 3, LocalDate.of(2026, 1, 1), "receipt v3, same day");
    static final TemplateVersion RECEIPT_LATER =
            version(FormKind.RECEIPT, 4, LocalDate.of(2027, 1, 1), "receipt v4, not yet");
    static final TemplateVersion REFUSAL_2024 = version(FormKind.REFUSAL, 1, LocalDate.of(2024, 1, 1), "refusal v1");
    static final List<TemplateVersion> STORED =
            List.of(RECEIPT_2026_FIX, REFUSAL_2024, RECEIPT_LATER, RECEIPT_2025, RECEIPT_2026);

    static TemplateVersion version(FormKind kind, int number, LocalDate from, String content) {
        return new TemplateVersion(kind, number, from, content);
    }

    @Test
    void theLatestVersionEffectiveOnOrBeforeTheDateIsInForce() {
        assertThat(TemplatesInForce.choose(FormKind.RECEIPT, LocalDate.of(2025, 7, 1), STORED))
                .contains(RECEIPT_2025);
        assertThat(TemplatesInForce.choose(FormKind.RECEIPT, LocalDate.of(2025, 12, 31), STORED))
                .contains(RECEIPT_2025);
        assertThat(TemplatesInForce.choose(FormKind.RECEIPT, LocalDate.of(2026, 11, 22), STORED))
                .contains(RECEIPT_2026_FIX);
        assertThat(TemplatesInForce.choose(FormKind.RECEIPT, LocalDate.of(2027, 1, 1), STORED))
                .contains(RECEIPT_LATER);
    }

    @Test
    void beforeAnyStoredVersionOrForAnotherFormNoneIsInForce() {
        assertThat(TemplatesInForce.choose(FormKind.RECEIPT, LocalDate.of(2025, 6, 30), STORED))
                .isEmpty();
        assertThat(TemplatesInForce.choose(FormKind.APOLOGY, LocalDate.of(2026, 11, 22), STORED))
                .isEmpty();
        assertThat(TemplatesInForce.choose(FormKind.REFUSAL, LocalDate.of(2026, 11, 22), STORED))
                .contains(REFUSAL_2024);
    }

    @Test
    void withoutAStoredVersionTheBuiltInTemplatePrints() {
        assertThat(TemplatesInForce.template(FormKind.APOLOGY, LocalDate.of(2026, 11, 22), STORED)
                        .content())
                .isEqualTo(DefaultTemplates.text(FormKind.APOLOGY));
    }

    @Test
    void aStoredVersionInForcePrintsInsteadOfTheBuiltIn() {
        String renumbered = DefaultTemplates.text(FormKind.APOLOGY)
                .replace("Mẫu số 04 – Thông tư 01/2018/TT-VPCP", "Mẫu số 05 – Thông tư 01/2025/TT-VPCP");
        List<TemplateVersion> stored = List.of(version(FormKind.APOLOGY, 1, LocalDate.of(2025, 7, 1), renumbered));
        assertThat(TemplatesInForce.template(FormKind.APOLOGY, LocalDate.of(2025, 7, 1), stored)
                        .content())
                .contains("Mẫu số 05 – Thông tư 01/2025/TT-VPCP");
        assertThat(TemplatesInForce.template(FormKind.APOLOGY, LocalDate.of(2025, 6, 30), stored)
                        .content())
                .contains("Mẫu số 04 – Thông tư 01/2018/TT-VPCP");
    }
}
