package vn.motcua.platform.i18n;

import java.util.Locale;

/** English; keys missing here fall back to Vietnamese through the parent bundle. */
public class Messages_en extends Messages {

    public Messages_en() {
        super("en");
    }

    @Override
    public Locale getLocale() {
        return Locale.ENGLISH;
    }
}
