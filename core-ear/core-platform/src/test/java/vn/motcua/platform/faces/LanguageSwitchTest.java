package vn.motcua.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageSwitchTest {

    @Test
    void goesBackToThePageOfThisPortal() {
        assertThat(LanguageSwitch.back("/motcua", "/motcua/public/lookup.xhtml?code=A&secret=B"))
                .isEqualTo("/motcua/public/lookup.xhtml?code=A&secret=B");
        assertThat(LanguageSwitch.back("/motcua", "/motcua/")).isEqualTo("/motcua/");
    }

    @Test
    void neverToAnotherSite() {
        assertThat(LanguageSwitch.back("/motcua", "https://evil.example/")).isEqualTo("/motcua/");
        assertThat(LanguageSwitch.back("/motcua", "//evil.example/motcua/")).isEqualTo("/motcua/");
        assertThat(LanguageSwitch.back("/motcua", "/motcua//evil.example")).isEqualTo("/motcua/");
        assertThat(LanguageSwitch.back("/motcua", "/motcua/\\\\evil.example")).isEqualTo("/motcua/");
        assertThat(LanguageSwitch.back("/motcua", "/motcua/x\r\nSet-Cookie: a=b"))
                .isEqualTo("/motcua/");
        assertThat(LanguageSwitch.back("/motcua", "/other/")).isEqualTo("/motcua/");
        assertThat(LanguageSwitch.back("/motcua", null)).isEqualTo("/motcua/");
    }
}
