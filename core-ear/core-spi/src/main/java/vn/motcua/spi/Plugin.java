package vn.motcua.spi;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The qualifier of every bean a department plugin contributes, with the plugin's one stable id.
 *
 * <p>A plugin writes it once, on its {@link DepartmentPlugin} class ({@code @Plugin(MyPlugin.ID)}). Every bean class in
 * the same JAR is the plugin's: at deployment the core gives each the plugin's {@code @Plugin(id)} and keeps its
 * {@code @Default}, so the plugin injects its own beans plainly ({@code @Inject LicenceFinder finder}), and the core's
 * plugin-scoped services (e.g. {@link vn.motcua.spi.numbering.ResultNumbers}) know the plugin from the injecting class.
 * A bean class may still carry {@code @Plugin} with its own plugin's id (harmless); a class in one plugin's JAR that
 * names another plugin's id is refused at deployment, so no plugin obtains another's scoped services. One JAR holds
 * one plugin.
 *
 * <p>The id is used everywhere the plugin shows: URLs ({@code /p/<id>/…}), message keys ({@code <id>.}), table
 * prefixes ({@code <id>_}), permissions ({@code <id>:…}), its migration history table ({@code flyway_history_<id>})
 * and configuration keys. It is lower case letters, digits and dashes, starting with a letter.
 *
 * <p>The core finds plugin beans with {@code @Inject @Any Instance<T>} and selects one plugin's with
 * {@link Literal#of(String)}. A plugin listed in the configuration key {@code motcua.plugins.uninstalled} is not
 * installed: all its beans (those of its JAR and those naming it) are vetoed at boot and the core never sees them.
 *
 * @since 0.1.0
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD, FIELD, PARAMETER})
public @interface Plugin {

    /** The plugin's stable id, e.g. {@code licensing}. */
    String value();

    /** Selects the beans of one plugin: {@code instance.select(Plugin.Literal.of("licensing"))}. */
    final class Literal extends AnnotationLiteral<Plugin> implements Plugin {
        private static final long serialVersionUID = 1L;

        private final String value;

        private Literal(String value) {
            this.value = value;
        }

        public static Literal of(String id) {
            return new Literal(id);
        }

        @Override
        public String value() {
            return value;
        }
    }
}
