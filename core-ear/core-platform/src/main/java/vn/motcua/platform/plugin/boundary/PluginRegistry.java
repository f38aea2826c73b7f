package vn.motcua.platform.plugin.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.motcua.platform.CoreVersion;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.plugin.control.PluginDescriptor;
import vn.motcua.platform.plugin.control.PluginReader;
import vn.motcua.platform.plugin.control.PluginValidation;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.Plugin;

/**
 * The installed department plugins, as CDI finds them. Read and validated once at boot ({@link #validate()}); a broken
 * plugin stops the deployment with a message naming it and the problem. The same check ran already while CDI validated
 * the deployment ({@link vn.motcua.platform.plugin.control.PluginInstallation}), which is where a developer gets the
 * message in the deploy command's answer; this one is the second line and gives the start order.
 */
@ApplicationScoped
public class PluginRegistry {

    @Inject
    @Any
    Instance<DepartmentPlugin> plugins;

    private List<PluginDescriptor> installed = List.of();

    /** Reads and checks every installed plugin; throws {@link PluginRejectedException} listing all problems. */
    public void validate() {
        var reader = new PluginReader(Thread.currentThread().getContextClassLoader());
        var descriptors = new ArrayList<PluginDescriptor>();
        for (Instance.Handle<DepartmentPlugin> handle : plugins.handles()) {
            descriptors.add(reader.read(handle.getBean(), handle.get()));
        }
        List<String> problems = PluginValidation.problems(descriptors, CoreVersion.current());
        if (!problems.isEmpty()) {
            throw new PluginRejectedException(problems);
        }
        installed = PluginValidation.startOrder(descriptors);
    }

    /** Installed plugins, each after the plugins it requires. */
    public List<PluginDescriptor> installed() {
        return installed;
    }

    public Optional<PluginDescriptor> find(String id) {
        return installed.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The plugin's title in the given locale. */
    public String title(String id, Locale locale) {
        DepartmentPlugin plugin = plugins.select(Plugin.Literal.of(id)).get();
        return Messages.text(locale, plugin.titleKey());
    }
}
