package vn.motcua.platform.plugin.control;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Annotated;
import jakarta.enterprise.inject.spi.AnnotatedMember;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessBeanAttributes;
import jakarta.enterprise.inject.spi.WithAnnotations;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.motcua.platform.CoreVersion;
import vn.motcua.platform.FailedDeploymentNamespaces;
import vn.motcua.platform.plugin.boundary.PluginRejectedException;
import vn.motcua.platform.plugin.control.PluginValidation.ProcedureClaim;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.procedure.ProcedureHandler;

/**
 * The install switch of plugins. A plugin whose id is listed in the configuration key
 * {@code motcua.plugins.uninstalled} (comma separated; a JVM option, an environment variable
 * {@code MOTCUA_PLUGINS_UNINSTALLED}, or microprofile-config.properties) is not installed: every bean it marks with
 * {@link Plugin} or holds in its JAR is vetoed at boot, so the core and other plugins never see it. The per-agency
 * switch, which takes effect at once, is data and lives elsewhere.
 *
 * <p>It also makes a plugin's beans its own ({@link PluginArchives}): every bean class in the JAR of a plugin's
 * {@code DepartmentPlugin} gets that plugin's {@code @Plugin(id)} qualifier (the core finds and scopes plugin beans by
 * it) and keeps {@code @Default}, so a plugin injects its own beans with a plain {@code @Inject} and names its id only
 * on its {@code DepartmentPlugin}. A class there that names another plugin's id is refused.
 *
 * <p>It is also the boot check of the installed plugins: once CDI has validated the deployment
 * ({@link AfterDeploymentValidation}), every {@link DepartmentPlugin} bean is read and checked
 * ({@link PluginValidation}), every {@link ProcedureHandler} must carry {@link Plugin} and claim national codes no
 * other handler claims, and every EL name, JPA entity name and table of a plugin must carry its id and be its own
 * ({@link PluginNames}, gathered by {@link PluginNameCheck}). Problems are registered as one deployment problem, so
 * the deployment fails before anything starts, and Payara puts the message naming each plugin and problem into the
 * answer of {@code asadmin deploy} (an exception from the startup EJB {@code PlatformBoot} is answered only as
 * "Initialization failed for Singleton PlatformBoot", the reason left in the server log). The beans are kept as CDI announces them ({@link ProcessBean}) and
 * created with {@link BeanManager#getReference}: no type resolution through the extension's bean manager, which could
 * not see the plugin beans of the WAR's libraries in an earlier attempt. Creating them here means their construction
 * must not use the database: the schema is not migrated yet.
 */
public class PluginInstallation implements Extension {

    public static final String UNINSTALLED_KEY = "motcua.plugins.uninstalled";

    private static final Logger LOG = Logger.getLogger(PluginInstallation.class.getName());

    private Set<String> uninstalled;

    private final List<Bean<?>> pluginBeans = new ArrayList<>();
    private final List<Bean<?>> handlerBeans = new ArrayList<>();
    private final PluginNameCheck names = new PluginNameCheck();
    private final PluginArchives archives = new PluginArchives();
    private final List<String> membershipProblems = new ArrayList<>();

    <T> void vetoUninstalled(@Observes @WithAnnotations(Plugin.class) ProcessAnnotatedType<T> event) {
        Plugin plugin = event.getAnnotatedType().getAnnotation(Plugin.class);
        Class<T> type = event.getAnnotatedType().getJavaClass();
        if (plugin != null && DepartmentPlugin.class.isAssignableFrom(type)) {
            archives.plugin(type, plugin.value());
        }
        if (plugin != null && uninstalled().contains(plugin.value())) {
            LOG.info(() -> "Plugin '" + plugin.value() + "' is uninstalled by configuration; vetoing "
                    + event.getAnnotatedType().getJavaClass().getName());
            event.veto();
        }
    }

    /**
     * A bean declared in a plugin's JAR is that plugin's: vetoed if the plugin is uninstalled, else (a bean class)
     * qualified with its id and {@code @Default}. Every type is known by now: CDI announces bean attributes only after
     * type discovery, so the archive of each {@code DepartmentPlugin} class was recorded above.
     */
    <T> void belongToTheirPlugin(@Observes ProcessBeanAttributes<T> event) {
        Annotated annotated = event.getAnnotated();
        Class<?> declaring = annotated instanceof AnnotatedType<?> type
                ? type.getJavaClass()
                : annotated instanceof AnnotatedMember<?> member
                        ? member.getDeclaringType().getJavaClass()
                        : null;
        String id = archives.idOf(declaring);
        if (id == null) {
            return;
        }
        var qualifiers = event.getBeanAttributes().getQualifiers();
        String named = PluginReader.qualifierId(qualifiers);
        if (named != null && !named.equals(id)) {
            membershipProblems.add(PluginArchives.foreignQualifier(id, declaring, named));
            return;
        }
        if (uninstalled().contains(id)) {
            event.veto();
            return;
        }
        if (annotated instanceof AnnotatedType<?>) {
            var all = PluginArchives.qualifiersOf(id, qualifiers);
            if (!all.equals(qualifiers)) {
                event.configureBeanAttributes().qualifiers(all);
            }
        }
    }

    /** The plugin a class belongs to by its JAR (see {@link PluginArchives}), or null. */
    public String pluginOf(Class<?> type) {
        return archives.idOf(type);
    }

    void collect(@Observes ProcessBean<?> event) {
        Bean<?> bean = event.getBean();
        names.collect(bean);
        Set<Type> types = bean.getTypes();
        if (types.contains(DepartmentPlugin.class)) {
            pluginBeans.add(bean);
        }
        if (types.stream().anyMatch(type -> isOf(type, ProcedureHandler.class))) {
            handlerBeans.add(bean);
        }
    }

    void check(@Observes AfterDeploymentValidation event, BeanManager beanManager) {
        var reader = new PluginReader(PluginInstallation.class.getClassLoader());
        var descriptors = new ArrayList<PluginDescriptor>();
        for (Bean<?> bean : pluginBeans) {
            descriptors.add(
                    withReference(beanManager, bean, DepartmentPlugin.class, plugin -> reader.read(bean, plugin)));
        }
        var problems = new ArrayList<>(PluginValidation.problems(descriptors, CoreVersion.current()));
        problems.addAll(PluginValidation.claimProblems(claims(beanManager)));
        problems.addAll(names.problems(pluginIds()));
        problems.addAll(membershipProblems);
        if (!problems.isEmpty()) {
            var rejected = new PluginRejectedException(problems);
            LOG.severe(rejected::getMessage);
            // Payara forgets part of a failed EAR: release it now, or the next deployment would inherit it.
            FailedDeploymentNamespaces.release();
            event.addDeploymentProblem(rejected);
        }
    }

    /** Each plugin class and the id of its {@code @Plugin} qualifier. */
    private Map<Class<?>, String> pluginIds() {
        var ids = new LinkedHashMap<Class<?>, String>();
        for (Bean<?> bean : pluginBeans) {
            ids.put(bean.getBeanClass(), PluginReader.qualifierId(bean));
        }
        return ids;
    }

    /**
     * What each handler claims. Reading the codes creates the handler; if one cannot be created this early, its
     * claims are left to the check of the dossier component at startup.
     */
    private List<ProcedureClaim> claims(BeanManager beanManager) {
        var claims = new ArrayList<ProcedureClaim>();
        for (Bean<?> bean : handlerBeans) {
            String pluginId = PluginReader.qualifierId(bean);
            String handlerClass = bean.getBeanClass().getName();
            if (pluginId == null) {
                claims.add(new ProcedureClaim(null, handlerClass, Set.of()));
                continue;
            }
            try {
                claims.add(new ProcedureClaim(
                        pluginId,
                        handlerClass,
                        withReference(beanManager, bean, ProcedureHandler.class, ProcedureHandler::procedureCodes)));
            } catch (RuntimeException e) {
                LOG.info(() -> "The procedures of " + handlerClass + " cannot be read at deployment (" + e
                        + "); the dossier component checks them at startup.");
            }
        }
        return claims;
    }

    /** Uses a bean's reference, then releases what was created for it (a dependent instance; a proxy needs none). */
    private static <T, R> R withReference(BeanManager beanManager, Bean<?> bean, Class<T> type, Function<T, R> use) {
        CreationalContext<?> context = beanManager.createCreationalContext(bean);
        try {
            return use.apply(type.cast(beanManager.getReference(bean, beanType(bean, type), context)));
        } finally {
            context.release();
        }
    }

    /** The bean's type for the given class: the class itself, or a parameterized type of it (ProcedureHandler<X>). */
    private static Type beanType(Bean<?> bean, Class<?> type) {
        return bean.getTypes().stream().filter(t -> isOf(t, type)).findFirst().orElse(type);
    }

    private static boolean isOf(Type type, Class<?> raw) {
        return type == raw || type instanceof ParameterizedType parameterized && parameterized.getRawType() == raw;
    }

    private Set<String> uninstalled() {
        if (uninstalled == null) {
            uninstalled = parse(ConfigProvider.getConfig()
                    .getOptionalValue(UNINSTALLED_KEY, String.class)
                    .orElse(""));
        }
        return uninstalled;
    }

    /** The ids of a comma-separated list, e.g. the value of {@value #UNINSTALLED_KEY}. */
    public static Set<String> parse(String list) {
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(id -> !id.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
