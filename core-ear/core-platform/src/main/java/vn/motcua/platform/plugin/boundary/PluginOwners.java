package vn.motcua.platform.plugin.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import java.util.function.Function;
import vn.motcua.platform.plugin.control.PluginInstallation;
import vn.motcua.platform.plugin.control.PluginReader;

/**
 * Which plugin asks for a service: what a core producer of a plugin-scoped service (e.g. {@code ResultNumbers}) reads
 * from its {@link InjectionPoint}, so a plugin gets its own scope without naming its id and never another plugin's.
 * The owner is the {@code @Plugin} qualifier of the injecting bean, which the core gives every bean class of a
 * plugin's JAR (and refuses a class there naming another plugin); an injection into no bean (a servlet of the plugin,
 * a non-contextual instance) belongs to the plugin whose JAR holds the injecting class.
 */
@ApplicationScoped
public class PluginOwners {

    @Inject
    PluginInstallation installation;

    /** The plugin id of the injection point, or {@code null} when it is no plugin's (the core, a test). */
    public String of(InjectionPoint point) {
        Class<?> declaring =
                point.getMember() == null ? null : point.getMember().getDeclaringClass();
        return owner(point.getBean(), declaring, installation::pluginOf);
    }

    /**
     * The owner of an injection into {@code bean} (may be null) declared by {@code declaring} (may be null), given
     * which plugin's JAR holds a class.
     */
    public static String owner(Bean<?> bean, Class<?> declaring, Function<Class<?>, String> pluginOfArchive) {
        if (bean != null) {
            String qualified = PluginReader.qualifierId(bean);
            return qualified != null ? qualified : pluginOfArchive.apply(bean.getBeanClass());
        }
        return declaring == null ? null : pluginOfArchive.apply(declaring);
    }
}
