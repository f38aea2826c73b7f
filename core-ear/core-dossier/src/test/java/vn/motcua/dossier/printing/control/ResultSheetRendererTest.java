package vn.motcua.dossier.printing.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.spi.document.ResultSheet;

class ResultSheetRendererTest {

    private final FormFonts fonts = new FormFonts(FormFonts.Files.load());

    @Test
    void aHeadingIsCentredAndBoldWithoutItsMarker() {
        Paragraph heading = ResultSheetRenderer.paragraph(ResultSheet.HEADING + "QUYẾT ĐỊNH:", fonts);

        assertThat(heading.getAlignment()).isEqualTo(Element.ALIGN_CENTER);
        assertThat(heading.getContent()).isEqualTo("QUYẾT ĐỊNH:");
        assertThat(fontsOf(heading)).containsOnly("LiberationSerif-Bold");
    }

    @Test
    void anArticleOpensInBoldAndGoesOnInRegularType() {
        Paragraph article = ResultSheetRenderer.paragraph("Điều 12. Quyết định này có hiệu lực từ ngày ký.", fonts);

        assertThat(article.getAlignment()).isEqualTo(Element.ALIGN_JUSTIFIED);
        assertThat(chunks(article))
                .extracting(Chunk::getContent)
                .containsExactly("Điều 12.", " Quyết định này có hiệu lực từ ngày ký.");
        assertThat(fontsOf(article)).containsExactly("LiberationSerif-Bold", "LiberationSerif");
    }

    @Test
    void anItemIsIndentedAndAPlainParagraphIsJustRegularType() {
        Paragraph item = ResultSheetRenderer.paragraph("- Tên bản tin: Thông tin Thái Hòa", fonts);
        Paragraph plain = ResultSheetRenderer.paragraph("Căn cứ Luật Báo chí năm 2016; Điều 1 của luật này.", fonts);

        assertThat(item.getIndentationLeft()).isPositive();
        assertThat(item.getContent()).isEqualTo("- Tên bản tin: Thông tin Thái Hòa");
        assertThat(plain.getIndentationLeft()).isZero();
        assertThat(fontsOf(plain)).containsOnly("LiberationSerif");
    }

    @Test
    void theRenderedDocumentReadsWithoutMarkers() {
        var sheet = new ResultSheet(
                110,
                "15/QĐ-STTTT",
                LocalDate.of(2026, 12, 1),
                "QUYẾT ĐỊNH",
                "Về việc thu hồi giấy phép xuất bản bản tin",
                List.of(
                        "Căn cứ Luật Báo chí năm 2016;",
                        ResultSheet.HEADING + "QUYẾT ĐỊNH:",
                        "Điều 1. Thu hồi Giấy phép xuất bản bản tin số 12/GP-STTTT."),
                "Giám đốc",
                "Nguyễn Văn An",
                null);

        String text = PdfProbe.of(new ResultSheetRenderer().render(sheet, FormsGoldenTest.HEADER))
                .text();

        assertThat(text).contains("QUYẾT ĐỊNH:", "Điều 1. Thu hồi Giấy phép").doesNotContain("# ");
    }

    private static List<Chunk> chunks(Paragraph paragraph) {
        return paragraph.getChunks().stream().map(Chunk.class::cast).toList();
    }

    private static List<String> fontsOf(Paragraph paragraph) {
        return chunks(paragraph).stream()
                .map(c -> c.getFont().getBaseFont().getPostscriptFontName().replaceFirst("^[A-Z]{6}\\+", ""))
                .toList();
    }
}
