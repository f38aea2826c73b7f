package vn.motcua.platform;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Releases what Payara leaves behind of an EAR whose deployment fails, so that the next EAR deployed under the same
 * name works without a restart (issue 15: after a refused EAR, the corrected one failed with "Initialization failed
 * for Singleton PlatformBoot", its EntityManager bound to the refused deployment's closed EntityManagerFactory).
 *
 * <p>The cause, in Payara 6's own code: the EJB deployer loads the WAR's EJBs (PlatformBoot, the timers) and, since
 * they live in a WAR, binds the web module's naming environment too, under the id {@code <app name>_<context
 * root>}, in a reference-counted registry that keeps the <em>first</em> environment registered under an id. When the
 * deployment then fails, the EJB deployer releases only its own bundle; the web container releases the web module's
 * environment on a deployment failure only when the deployed archive is itself a WAR (it asks the application's
 * context for its web descriptor, which an EAR's context does not have). So after a failed EAR the registry still
 * holds the failed deployment's web environment under {@code motcua_/motcua}; the next EAR named {@code motcua} finds
 * it there, keeps it, and every container-managed EntityManager of the new deployment resolves its factory through
 * it: the failed deployment's, closed.
 *
 * <p>{@link #release()} is called where the portal itself fails a deployment (the plugin check, the boot): it
 * releases this application's web module environments from that registry, as the web container does for a WAR. It
 * reaches Payara's services by name (no compile-time dependency on the server); on another server, or if Payara
 * changes them, it logs and does nothing. A WAR is left alone: Payara releases it.
 */
public final class FailedDeploymentNamespaces {

    private static final Logger LOG = Logger.getLogger(FailedDeploymentNamespaces.class.getName());

    private static final String GLOBALS = "org.glassfish.internal.api.Globals";
    private static final String COMPONENT_ENV_MANAGER =
            "com.sun.enterprise.container.common.spi.util.ComponentEnvManager";
    private static final String INVOCATION_MANAGER = "org.glassfish.api.invocation.InvocationManager";
    private static final String JNDI_NAME_ENVIRONMENT = "com.sun.enterprise.deployment.JndiNameEnvironment";
    private static final String WEB_BUNDLE_DESCRIPTOR = "com.sun.enterprise.deployment.WebBundleDescriptor";

    /** At most this many references are released per web module (one per EJB container sharing its id, and more). */
    private static final int MAX_RELEASES = 1000;

    private FailedDeploymentNamespaces() {}

    /**
     * Releases the naming environments of the web modules of the application being deployed, if it is an EAR. Called
     * on the deploying thread, inside the deployment's own invocation (a CDI extension's observer, a startup bean).
     *
     * @return how many registrations were released (0 for a WAR, or when Payara's services are not found)
     */
    public static int release() {
        try {
            ClassLoader server = serverLoader();
            Object locator = server.loadClass(GLOBALS)
                    .getMethod("getDefaultBaseServiceLocator")
                    .invoke(null);
            Class<?> envManagerType = server.loadClass(COMPONENT_ENV_MANAGER);
            Class<?> invocationManagerType = server.loadClass(INVOCATION_MANAGER);
            Object envManager = service(locator, envManagerType);
            Object invocations = service(locator, invocationManagerType);
            Object application = deployingApplication(server, locator, invocationManagerType, invocations);
            if (application == null) {
                LOG.warning("The deploying application is not known here: its naming environment is left to Payara.");
                return 0;
            }
            if ((Boolean) call(application, "isVirtual")) {
                return 0;
            }
            Class<?> environmentType = envManagerType.getClassLoader().loadClass(JNDI_NAME_ENVIRONMENT);
            Class<?> webType = application.getClass().getClassLoader().loadClass(WEB_BUNDLE_DESCRIPTOR);
            Method componentId = envManagerType.getMethod("getComponentEnvId", environmentType);
            Method registered = envManagerType.getMethod("getJndiNameEnvironment", String.class);
            Method unbind = envManagerType.getMethod("unbindFromComponentNamespace", environmentType);
            int released = 0;
            for (Object web : (Collection<?>) method(application.getClass(), "getBundleDescriptors", Class.class)
                    .invoke(application, webType)) {
                String id = (String) componentId.invoke(envManager, web);
                for (int i = 0; i < MAX_RELEASES; i++) {
                    Object current = registered.invoke(envManager, id);
                    if (current == null || applicationOf(current) != application) {
                        break;
                    }
                    unbind.invoke(envManager, web);
                    released++;
                }
                String name = id;
                int count = released;
                LOG.info(() -> "Deployment failed: released " + count + " registration(s) of naming environment " + name
                        + ", so that the next deployment under this name gets its own.");
            }
            return released;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(
                    Level.WARNING,
                    "Could not release the failed deployment's naming environment (not Payara 6?); if the next"
                            + " deployment under the same name fails on a closed EntityManagerFactory, restart the"
                            + " domain.",
                    e);
            return 0;
        }
    }

    private static ClassLoader serverLoader() {
        ClassLoader loader = FailedDeploymentNamespaces.class.getClassLoader();
        return loader != null ? loader : ClassLoader.getSystemClassLoader();
    }

    private static Object service(Object locator, Class<?> type) throws ReflectiveOperationException {
        Object service = method(locator.getClass(), "getService", Class.class, Annotation[].class)
                .invoke(locator, type, new Annotation[0]);
        if (service == null) {
            throw new IllegalStateException("no " + type.getName() + " service");
        }
        return service;
    }

    /**
     * The application descriptor of the deployment running on this thread: from the current invocation's component
     * (a startup bean, the CDI deployment's module), else by the name of the application environment Weld pushed.
     */
    private static Object deployingApplication(
            ClassLoader server, Object locator, Class<?> invocationManagerType, Object invocations)
            throws ReflectiveOperationException {
        Object invocation =
                invocationManagerType.getMethod("getCurrentInvocation").invoke(invocations);
        if (invocation != null) {
            Object application = applicationOf(call(invocation, "getJNDIEnvironment"));
            if (application != null) {
                return application;
            }
        }
        Object environment =
                invocationManagerType.getMethod("peekAppEnvironment").invoke(invocations);
        if (environment == null) {
            return null;
        }
        String name = (String) call(environment, "getName");
        Class<?> registryType = server.loadClass("org.glassfish.internal.data.ApplicationRegistry");
        Object info = registryType.getMethod("get", String.class).invoke(service(locator, registryType), name);
        if (info == null) {
            return null;
        }
        Class<?> applicationType = server.loadClass("com.sun.enterprise.deployment.Application");
        return method(info.getClass(), "getMetaData", Class.class).invoke(info, applicationType);
    }

    /** The application descriptor of a module or component descriptor, or null. */
    private static Object applicationOf(Object descriptor) throws ReflectiveOperationException {
        if (descriptor == null) {
            return null;
        }
        try {
            return method(descriptor.getClass(), "getApplication").invoke(descriptor);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return method(target.getClass(), method).invoke(target);
    }

    /**
     * The public method as a public class or interface declares it: Payara hands out instances of non-public classes
     * (a lambda for the application environment), whose methods reflection may only call through their public type.
     */
    private static Method method(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
        var types = new ArrayDeque<Class<?>>(List.of(type));
        while (!types.isEmpty()) {
            Class<?> candidate = types.poll();
            if (Modifier.isPublic(candidate.getModifiers())) {
                try {
                    Method found = candidate.getMethod(name, parameters);
                    if (Modifier.isPublic(found.getDeclaringClass().getModifiers())) {
                        return found;
                    }
                } catch (NoSuchMethodException e) {
                    // not declared here: look further up
                }
            }
            if (candidate.getSuperclass() != null) {
                types.add(candidate.getSuperclass());
            }
            types.addAll(List.of(candidate.getInterfaces()));
        }
        throw new NoSuchMethodException(type.getName() + "." + name);
    }
}
