package vn.motcua.dossier.printing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What an admin is told when an uploaded template cannot be used; the built-in ones must pass. */
class FormTemplateTextTest {
    static final String HEAD =
            """
            form: REFUSAL
            reference: Mẫu số 03 – Thông tư 01/2025/TT-VPCP
            title: PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ
            signer-right: NGƯỜI TIẾP NHẬN HỒ SƠ
            ---
            """;

    static List<String> problems(FormKind kind, String content) {
        return FormTemplateText.check(kind, content).stream()
                .map(TemplateProblem::toString)
                .toList();
    }

    @ParameterizedTest
    @EnumSource(FormKind.class)
    void builtInTemplatesHaveNoProblem(FormKind kind) {
        assertThat(FormTemplateText.check(kind, DefaultTemplates.text(kind))).isEmpty();
        assertThat(DefaultTemplates.of(kind).kind()).isEqualTo(kind);
    }

    @Test
    void aReplacementWithOnlyKnownFieldsAndBlocksIsAccepted() {
        String content = HEAD
                + """
                % Mẫu mới theo quy định năm 2025
                # THÔNG BÁO
                Ông/Bà ${applicantName} (${applicantIdNumber}) nộp hồ sơ ngày ${receivedDate}.
                - Lý do từ chối:
                [[reasons]]
                ! Trân trọng./.
                _ Ghi chú: giá $100 hoặc {x} hay #{y} chỉ là chữ.
                [[signature]]
                """;
        assertThat(FormTemplateText.check(FormKind.REFUSAL, content)).isEmpty();
    }

    @Test
    void anUnknownPlaceholderIsReportedWithItsLine() {
        String content = HEAD + "Kính gửi ${hoTen}\n[[reasons]]\n[[signature]]\n";
        assertThat(FormTemplateText.check(FormKind.REFUSAL, content))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(6);
                    assertThat(p.toString())
                            .isEqualTo("Dòng 6: trường “${hoTen}” không có trong danh sách trường được phép"
                                    + " (ví dụ ${dossierCode}, ${applicantName}, ${receivedAt}).");
                });
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst() {
        String content = HEAD + "${a} và ${b}\n${applicantName} ${c.d}\n[[reasons]]\n[[signature]]\n";
        assertThat(problems(FormKind.REFUSAL, content))
                .hasSize(3)
                .allMatch(p -> p.contains("không có trong danh sách trường được phép"));
    }

    @Test
    void aMissingRequiredBlockIsReported() {
        String content = HEAD + "Lý do: ${delayReason}\n[[signature]]\n";
        assertThat(problems(FormKind.REFUSAL, content))
                .containsExactly("Thiếu khối bắt buộc “[[reasons]]” của mẫu số 03 (phiếu từ chối tiếp nhận giải quyết"
                        + " hồ sơ).");
    }

    @Test
    void blocksMustBeKnownAloneOnTheirLineAndPlacedOnce() {
        String content = HEAD + "[[reasons]]\n[[table]]\nXem [[reasons]] bên dưới\n[[reasons]]\n[[signature]]\n";
        assertThat(problems(FormKind.REFUSAL, content))
                .containsExactly(
                        "Dòng 7: khối “[[table]]” không tồn tại (các khối: [[documents]], [[neededDocuments]],"
                                + " [[reasons]], [[handOvers]], [[signature]]).",
                        "Dòng 8: khối “[[…]]” phải đứng riêng một dòng.",
                        "Dòng 9: khối “[[reasons]]” đã có ở dòng 6; mỗi khối chỉ đặt một lần.");
    }

    @Test
    void theHeaderMustNameThisFormAndHaveItsRequiredLines() {
        String content =
                """
                form: RECEIPT
                colour: red
                ---
                [[reasons]]
                [[signature]]
                """;
        assertThat(problems(FormKind.REFUSAL, content))
                .containsExactly(
                        "Dòng 1: mẫu này ghi loại phiếu “RECEIPT”, nhưng đang được dùng cho mẫu số 03 (phiếu từ chối"
                                + " tiếp nhận giải quyết hồ sơ), loại “REFUSAL”.",
                        "Dòng 2: “colour” không phải là mục đầu mẫu hợp lệ (các mục: form, reference, title, subtitle,"
                                + " signer-left, signer-left-name, signer-right, signer-right-name).",
                        "Thiếu mục đầu mẫu “reference:”.",
                        "Thiếu mục đầu mẫu “title:”.");
    }

    @Test
    void brokenShapesAreReported() {
        assertThat(problems(FormKind.APOLOGY, "")).containsExactly("Mẫu phiếu rỗng.");
        assertThat(problems(FormKind.APOLOGY, "title: X\nChào ${applicantName}"))
                .containsExactly("Thiếu dòng “---” ngăn phần đầu mẫu (form, reference, title…) với nội dung phiếu.");
        assertThat(problems(FormKind.REFUSAL, HEAD + "Chào ${applicantName\n[[reasons]]\n[[signature]]"))
                .containsExactly("Dòng 6: “${” chưa được đóng bằng “}”.");
        assertThat(problems(FormKind.REFUSAL, HEAD + "Chào\u0007\n[[reasons]]\n[[signature]]"))
                .containsExactly("Dòng 6: có ký tự điều khiển không được phép.");
        assertThat(problems(FormKind.REFUSAL, HEAD + "x".repeat(FormTemplateText.MAX_CHARS)))
                .containsExactly("Mẫu phiếu quá dài (tối đa 20000 ký tự).");
    }

    @Test
    void parsingABrokenTemplateThrowsWithTheProblems() {
        assertThatThrownBy(() -> FormTemplateText.parse(FormKind.REFUSAL, HEAD + "${x}\n"))
                .isInstanceOfSatisfying(InvalidTemplateException.class, e -> assertThat(e.problems())
                        .hasSize(3));
    }

    @Test
    void expressionsAndCodeAreNotFields() {
        // What an expression language or a template engine would run is refused, never evaluated.
        String content = HEAD
                + "${T(java.lang.Runtime).getRuntime().exec('rm -rf /')}\n"
                + "${applicantName.class.forName('java.lang.System')}\n"
                + "${''.getClass()}\n"
                + "[[reasons]]\n[[signature]]\n";
        assertThat(problems(FormKind.REFUSAL, content))
                .hasSize(3)
                .allMatch(p -> p.contains("không có trong danh sách trường được phép"));
    }
}
