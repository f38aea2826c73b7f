package vn.motcua.portal.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.portal.PortalClient;

/**
 * What a browser would send of a form's markup (a page, or the markup of an Ajax update): its text and hidden fields,
 * ticked boxes and radios, each select's chosen option, text areas. Enough for the portal's PrimeFaces forms, whose
 * widgets keep their value in a plain input or a hidden select named {@code <id>_input}.
 */
final class Forms {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>([^<]*)", Pattern.DOTALL);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

    private Forms() {}

    /** The fields named {@code <form>:...} in {@code html}, as a browser would send them. */
    static Map<String, String> fields(String html, String form) {
        var fields = new LinkedHashMap<String, String>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            String tag = input.group();
            String name = attribute(tag, "name");
            if (name == null || !name.startsWith(form + ":")) {
                continue;
            }
            String type = String.valueOf(attribute(tag, "type")).toLowerCase();
            switch (type) {
                case "submit", "button", "file", "image", "reset" -> {}
                case "checkbox", "radio" -> {
                    if (tag.matches("(?s).*\\schecked(=\"[^\"]*\")?[\\s/>].*")) {
                        fields.put(name, valueOr(attribute(tag, "value"), "on"));
                    }
                }
                default -> fields.put(name, valueOr(attribute(tag, "value"), ""));
            }
        }
        Matcher select = SELECT.matcher(html);
        while (select.find()) {
            String name = attribute(select.group(1), "name");
            if (name != null && name.startsWith(form + ":")) {
                String chosen = chosen(select.group(2));
                if (chosen != null) {
                    fields.put(name, chosen);
                }
            }
        }
        Matcher area = TEXTAREA.matcher(html);
        while (area.find()) {
            String name = attribute(area.group(1), "name");
            if (name != null && name.startsWith(form + ":")) {
                fields.put(name, PortalClient.unescape(area.group(2)));
            }
        }
        return fields;
    }

    /** The selected option of the select {@code name}, else its first option with a value. */
    static String selectedOrFirst(String html, String name) {
        String body = selectBody(html, name);
        if (body == null) {
            return "";
        }
        Matcher option = OPTION.matcher(body);
        String first = null;
        while (option.find()) {
            String value = attribute(option.group(1), "value");
            if (option.group(1).contains("selected")) {
                return valueOr(value, "");
            }
            if (first == null && value != null && !value.isEmpty()) {
                first = value;
            }
        }
        return first == null ? "" : first;
    }

    /** The value of the first option of select {@code name} whose label contains {@code text}. */
    static String optionContaining(String html, String name, String text) {
        String body = selectBody(html, name);
        if (body == null) {
            return null;
        }
        Matcher option = OPTION.matcher(body);
        while (option.find()) {
            if (option.group(2).contains(text)) {
                return attribute(option.group(1), "value");
            }
        }
        return null;
    }

    /** The non-empty option values of select {@code name}. */
    static List<String> options(String html, String name) {
        var values = new ArrayList<String>();
        String body = selectBody(html, name);
        if (body == null) {
            return values;
        }
        Matcher option = OPTION.matcher(body);
        while (option.find()) {
            String value = attribute(option.group(1), "value");
            if (value != null && !value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    /** The names of inputs matching {@code regex}, in page order. */
    static List<String> names(String html, String regex) {
        var names = new ArrayList<String>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            String name = attribute(input.group(), "name");
            if (name != null && name.matches(regex) && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Fills the procedure's generic form (catalog/generic-form.xhtml: fields {@code ...:ftext}, {@code fnumber},
     * {@code fdate}, {@code fchoice}, {@code fidNumber}, {@code funit}/{@code fstreet}) with plausible values.
     */
    static void fillGenericForm(Map<String, String> fields, String html, Random random) {
        for (String name : List.copyOf(fields.keySet())) {
            if (name.endsWith(":ftext") || name.endsWith(":fstreet")) {
                fields.put(name, "Nội dung thử " + random.nextInt(1000));
            } else if (name.endsWith(":fnumber_input") || name.endsWith(":fnumber_hinput")) {
                fields.put(name, String.valueOf(1 + random.nextInt(20)));
            } else if (name.endsWith(":fdate_input")) {
                fields.put(name, "15/06/2026");
            } else if (name.endsWith(":fidNumber")) {
                fields.put(name, String.format("0%011d", Math.abs(random.nextLong()) % 100_000_000_000L));
            } else if (name.endsWith(":fchoice_input") || name.endsWith(":funit_input")) {
                List<String> values = options(html, name);
                if (!values.isEmpty()) {
                    fields.put(name, values.get(random.nextInt(values.size())));
                }
            }
        }
    }

    /** The event name of the Ajax behaviour the page's script gives {@code source} (PrimeFaces.ab {s:..., e:...}). */
    static String event(String html, String source) {
        Matcher m = Pattern.compile("s:\"" + Pattern.quote(source) + "\",e:\"(\\w+)\"")
                .matcher(html);
        return m.find() ? m.group(1) : "valueChange";
    }

    private static String selectBody(String html, String name) {
        Matcher select = SELECT.matcher(html);
        while (select.find()) {
            if (name.equals(attribute(select.group(1), "name"))) {
                return select.group(2);
            }
        }
        return null;
    }

    private static String chosen(String options) {
        Matcher option = OPTION.matcher(options);
        String first = null;
        while (option.find()) {
            String value =
                    valueOr(attribute(option.group(1), "value"), option.group(2).strip());
            if (option.group(1).contains("selected")) {
                return value;
            }
            if (first == null) {
                first = value;
            }
        }
        return first;
    }

    static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? PortalClient.unescape(m.group(1)) : null;
    }

    private static String valueOr(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
