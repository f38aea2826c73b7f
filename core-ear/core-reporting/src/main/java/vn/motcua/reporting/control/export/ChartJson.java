package vn.motcua.reporting.control.export;

import java.util.List;

/** Chart.js configurations (the {@code value} of PrimeFaces' {@code p:chart}) as JSON text. */
public final class ChartJson {

    private ChartJson() {}

    /** A series of bars: its label, colour and one value per category. */
    public record Series(String label, String colour, List<Number> values) {}

    /**
     * A bar chart of the series over the labels; {@code max} caps the value axis (e.g. 100 for a rate). The axis is
     * marked in whole numbers: a count of dossiers has no "1.5".
     */
    public static String bars(List<String> labels, List<Series> series, Integer max) {
        StringBuilder json = new StringBuilder("{\"type\":\"bar\",\"data\":{\"labels\":[");
        for (int i = 0; i < labels.size(); i++) {
            json.append(i == 0 ? "" : ",").append(string(labels.get(i)));
        }
        json.append("],\"datasets\":[");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"label\":")
                    .append(string(s.label()))
                    .append(",\"backgroundColor\":")
                    .append(string(s.colour()))
                    .append(",\"data\":[");
            for (int j = 0; j < s.values().size(); j++) {
                json.append(j == 0 ? "" : ",").append(s.values().get(j));
            }
            json.append("]}");
        }
        json.append("]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"scales\":{\"y\":{"
                + "\"beginAtZero\":true,\"ticks\":{\"precision\":0}");
        if (max != null) {
            json.append(",\"max\":").append(max);
        }
        return json.append("}}}}").toString();
    }

    /**
     * The figures of a chart as text, for those who cannot see it (the canvas's {@code aria-label}): each category
     * with its value in every series, e.g. {@code "11/2026: Tiếp nhận 12, Đã giải quyết 10; 12/2026: …"}.
     */
    public static String describe(List<String> labels, List<Series> series) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(labels.get(i)).append(": ");
            for (int j = 0; j < series.size(); j++) {
                List<Number> values = series.get(j).values();
                text.append(j == 0 ? "" : ", ")
                        .append(series.get(j).label())
                        .append(' ')
                        .append(i < values.size() ? values.get(i) : "—");
            }
        }
        return text.toString();
    }

    /** A JSON string literal. */
    static String string(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '<' -> s.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
