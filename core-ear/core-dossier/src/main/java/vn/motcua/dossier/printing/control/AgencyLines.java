package vn.motcua.dossier.printing.control;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.util.List;

/**
 * Breaks an agency's name for the form header as a typist would: on one line when it fits, else in two balanced
 * lines broken between words ("ỦY BAN NHÂN DÂN / TỈNH THÁI HÒA"), never leaving the last word of a place name alone
 * on the second line ("TỈNH THÁI / HÒA") the way plain line filling does.
 */
final class AgencyLines {
    private AgencyLines() {}

    /** The lines to print the name on, each to be centred; a name too long for two lines is left to wrap. */
    static List<String> of(String name, Font font, float width) {
        BaseFont base = font.getBaseFont();
        float size = font.getSize();
        if (base.getWidthPoint(name, size) <= width) {
            return List.of(name);
        }
        String[] words = name.trim().split("\\s+");
        String first = null;
        String second = null;
        float longest = Float.MAX_VALUE;
        for (int split = 1; split < words.length; split++) {
            String a = String.join(" ", List.of(words).subList(0, split));
            String b = String.join(" ", List.of(words).subList(split, words.length));
            float wider = Math.max(base.getWidthPoint(a, size), base.getWidthPoint(b, size));
            // Prefer the first line the longer of two equal splits, as headers are set.
            if (wider < longest || (wider == longest && a.length() > (first == null ? 0 : first.length()))) {
                longest = wider;
                first = a;
                second = b;
            }
        }
        return first != null && longest <= width ? List.of(first, second) : List.of(name);
    }
}
