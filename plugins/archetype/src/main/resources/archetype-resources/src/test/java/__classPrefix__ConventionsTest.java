package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ${package}.boundary.${classPrefix}Report;
import ${package}.entity.${classPrefix}Application;

/** What the core checks at boot, checked here first, and what it cannot check (bundles agree, keys exist). */
class ${classPrefix}ConventionsTest {

    private final ${classPrefix}Plugin plugin = new ${classPrefix}Plugin();

    @Test
    void permissionsMenusAndReportsStayUnderThePluginsId() {
        assertThat(plugin.id()).matches("[a-z][a-z0-9-]{1,39}");
        assertThat(plugin.permissions()).isNotEmpty().allMatch(p -> p.startsWith(plugin.id() + ":"));
        assertThat(new ${classPrefix}Menu().entries()).allSatisfy(entry -> {
            assertThat(entry.path()).startsWith("/p/" + plugin.id() + "/");
            assertThat(plugin.permissions()).contains(entry.permission());
        });
        assertThat(plugin.permissions()).contains(new ${classPrefix}Report().permission());
    }

    @Test
    void bothBundlesHaveTheSameKeysAllUnderThePrefixAndTheTitle() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(vi.stringPropertyNames()).allMatch(k -> k.startsWith(plugin.id() + "."));
        assertThat(vi).containsKey(plugin.titleKey());
    }

    @Test
    void everyMessageKeyTheCodeUsesIsInTheBundle() throws IOException {
        var keys = new ArrayList<String>(constraintKeys(${classPrefix}Application.class));
        new ${classPrefix}Menu().entries().forEach(e -> keys.add(e.labelKey()));
        ${classPrefix}Report report = new ${classPrefix}Report();
        keys.add(report.titleKey());
        report.columns().forEach(c -> keys.add(c.titleKey()));
        for (String refusal : List.of(
                "startDate.past", "startDate.tooSoon", "startDate.tooFar", "note.required", "details.missing")) {
            keys.add(plugin.id() + "." + refusal); // the DomainException keys of the rules and the handler
        }
        // the words of each permission, as the plugins screen and the role dialog look them up (the deploy refuses a
        // plugin without them): a:b:c -> a.permission.b.c
        plugin.permissions()
                .forEach(p -> keys.add(p.replaceFirst(":", ".permission.").replace(':', '.')));
        assertThat(bundle("vi").stringPropertyNames()).containsAll(keys);
    }

    /** An invalid field must say why under it: a red border alone leaves the officer guessing. */
    @Test
    void everyInputOfTheFormShowsItsOwnMessage() throws IOException {
        String form;
        try (var in = ${classPrefix}ConventionsTest.class.getResourceAsStream(
                "/META-INF/resources/p/" + plugin.id() + "/fragments/application-form.xhtml")) {
            assertThat(in).as("application-form.xhtml").isNotNull();
            form = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher input = Pattern.compile("<p:(input\\w+|datePicker|select\\w+|checkbox|toggleSwitch|autoComplete)"
                        + "\\s[^>]*?id=\"([^\"]+)\"")
                .matcher(form);
        var inputs = new ArrayList<String>();
        while (input.find()) {
            inputs.add(input.group(2));
        }
        assertThat(inputs).isNotEmpty();
        assertThat(inputs).allSatisfy(id -> assertThat(form).contains("<p:message for=\"" + id + "\""));
    }

    private static List<String> constraintKeys(Class<?> type) {
        var keys = new ArrayList<String>();
        for (Field field : type.getDeclaredFields()) {
            for (Annotation annotation : field.getAnnotations()) {
                try {
                    Object message =
                            annotation.annotationType().getMethod("message").invoke(annotation);
                    if (message instanceof String text && text.startsWith("{")) {
                        keys.add(text.substring(1, text.length() - 1));
                    }
                } catch (NoSuchMethodException notAConstraint) {
                    // e.g. @Column
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String language) throws IOException {
        var properties = new Properties();
        try (var in = ${classPrefix}ConventionsTest.class.getResourceAsStream(
                "/META-INF/motcua/messages_" + language + ".properties")) {
            assertThat(in).as("messages_" + language + ".properties").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
