package vn.motcua.dossier.printing.control;

import java.util.List;

/**
 * One line of template text split into literal text and whitelisted fields. Filling it writes each field's value as
 * plain text: a value is never read as template text again, so data cannot add fields, blocks or markup.
 */
record TemplateLine(List<Segment> segments) {
    /** Printed where a value is missing, to be filled by hand. */
    static final String BLANK = "……………";

    TemplateLine {
        segments = List.copyOf(segments);
    }

    String fill(FormSheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Segment segment : segments) {
            if (segment instanceof Segment.Text t) {
                text.append(t.text());
            } else if (segment instanceof Segment.Field f) {
                String value = f.field().valueOf(sheet);
                text.append(value == null || value.isBlank() ? BLANK : value);
            }
        }
        return text.toString();
    }

    sealed interface Segment {
        record Text(String text) implements Segment {}

        record Field(FormField field) implements Segment {}
    }
}
