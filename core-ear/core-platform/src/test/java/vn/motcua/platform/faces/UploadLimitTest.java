package vn.motcua.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadLimitTest {

    private static final long CAP = 22_020_096;

    @Test
    void onlyAMultipartPostDeclaringMoreThanTheCapIsRefused() {
        assertThat(UploadLimit.tooLarge("POST", "multipart/form-data; boundary=x", CAP + 1, CAP))
                .isTrue();
        assertThat(UploadLimit.tooLarge("POST", "Multipart/Form-Data; boundary=x", CAP + 1, CAP))
                .isTrue();
        assertThat(UploadLimit.tooLarge("POST", "multipart/form-data; boundary=x", CAP, CAP))
                .isFalse();
        assertThat(UploadLimit.tooLarge("POST", "multipart/form-data; boundary=x", -1, CAP))
                .as("no declared length: the container's cap applies")
                .isFalse();
        assertThat(UploadLimit.tooLarge("POST", "application/x-www-form-urlencoded", CAP + 1, CAP))
                .isFalse();
        assertThat(UploadLimit.tooLarge("GET", null, -1, CAP)).isFalse();
    }

    @Test
    void theMessageReplacesThePagesGlobalMessagesAndIsEscaped() {
        String answer = UploadLimit.partialResponse("Tệp <quá> lớn & hỏng");
        assertThat(answer)
                .startsWith("<?xml")
                .contains("<update id=\"messages\"><![CDATA[<div id=\"messages\"")
                .contains("ui-messages-error-summary\">Tệp &lt;quá&gt; lớn &amp; hỏng</span>")
                .endsWith("</partial-response>");
        assertThat(UploadLimit.page("a <b>", "/motcua/")).contains("<h1>a &lt;b&gt;</h1>", "href=\"/motcua/\"");
    }
}
