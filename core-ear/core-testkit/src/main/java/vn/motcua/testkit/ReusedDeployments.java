package vn.motcua.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;

/**
 * Deploys an archive once for as many test classes as ask for an equal one, in a row: Arquillian deploys each class's
 * {@code @Deployment} before the class and undeploys it after, some 5 to 7 s each on the portal (plus its pages'
 * first, slow, rendering). Here the undeploy after a class is put off; when the next class's archive is equal (same
 * entries, libraries entry by entry, same text of its configuration files), it is used as it is; when it is not, the
 * deployed one is undeployed first and the new one deployed. The last one is undeployed when the container stops.
 *
 * <p>Equal means equal as built by the same code in the same run: entries are compared by name, except text and
 * byte assets (the test configuration, persistence.xml), which are compared by content. An in-container test class
 * must be in the archive to run: a shared archive carries every such class that uses it. Only the one managed
 * deployment of a class is kept; one the test deploys itself ({@code managed = false}), one expected to fail, or a
 * class with several deployments undeploys the kept one first and is deployed as Arquillian does. Registered for
 * every Arquillian test run that has the test kit on its class path.
 *
 * <p>How: Arquillian fires {@code DeployDeployment} before a class and {@code UnDeployDeployment} after it, each
 * inside that deployment's context; these observers wrap its own (lower precedence, so inside the context) and, on
 * reuse, set what its deployer would have set there: the description, the deployment marked deployed, and the
 * protocol metadata (the URL {@code @ArquillianResource} injects, the servlet that runs in-container tests).
 */
public final class ReusedDeployments implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Observer.class);
    }

    /** What is deployed now and kept deployed for the next test class. */
    private record Kept(
            SortedSet<String> entries,
            Set<String> testClasses,
            DeployableContainer<?> container,
            Archive<?> archive,
            ProtocolMetaData metaData) {}

    private static volatile Kept kept;

    /** The deployment (of the current test class) that the kept one serves. */
    private static volatile Deployment servedDeployment;

    /** Arquillian's observer. Its state is static: one JVM runs one test suite. */
    public static final class Observer {

        @Inject
        private Instance<TestClass> testClass;

        @Inject
        private Instance<DeploymentScenario> scenario;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        /** Runs inside Arquillian's deployment context (precedence below its context handler's 0). */
        public void deploy(@Observes(precedence = -10) EventContext<DeployDeployment> context) throws Exception {
            DeployDeployment event = context.getEvent();
            Deployment wanted = event.getDeployment();
            DeploymentDescription wantedDescription = wanted.getDescription();
            // A class with several deployments keeps none: the kept one is undeployed when another comes.
            DeploymentScenario classScenario = scenario.get();
            boolean keepable = wantedDescription.isArchiveDeployment()
                    && wantedDescription.managed()
                    && wantedDescription.getExpectedException() == null
                    && classScenario != null
                    && classScenario.deployments().size() == 1;
            if (!keepable) {
                undeployKept("a deployment of its own (" + wantedDescription.getName() + ")");
                context.proceed();
                return;
            }
            Archive<?> archive = deployed(wantedDescription);
            SortedSet<String> entries = entries(archive);
            Set<String> testClasses = testClasses();
            Kept now = kept;
            if (now != null
                    && now.container() == event.getDeployableContainer()
                    && equal(now, entries, testClasses)
                    && reachable(now)) {
                description.set(wantedDescription);
                deployment.set(wanted);
                protocolMetaData.set(now.metaData());
                wanted.deployed();
                servedDeployment = wanted;
                log("reusing the deployed " + archive.getName() + " (" + entries.size() + " entries)");
                return;
            }
            if (now != null) {
                undeployKept(
                        now.container() != event.getDeployableContainer()
                                ? "another container"
                                : differences(now.entries(), entries));
            }
            context.proceed();
            if (wanted.isDeployed() && !wanted.hasDeploymentError()) {
                kept = new Kept(entries, testClasses, event.getDeployableContainer(), archive, protocolMetaData.get());
                servedDeployment = wanted;
            }
        }

        /** After a test class: the kept deployment stays deployed (Arquillian is told it was undeployed). */
        public void undeploy(@Observes(precedence = -10) EventContext<UnDeployDeployment> context) {
            Deployment leaving = context.getEvent().getDeployment();
            if (kept != null && leaving == servedDeployment) {
                servedDeployment = null;
                leaving.undeployed();
                return;
            }
            context.proceed();
        }

        /**
         * Whether the kept archive can run the current test class: a class that runs tests inside the container (not
         * {@code @RunAsClient}) must be in it. It is when the shared archive lists it; when it does not, the class
         * gets its archive deployed (correct, but the next class of the shared archive then deploys it again).
         */
        private boolean reachable(Kept now) {
            TestClass test = testClass.get();
            if (test == null || test.getJavaClass().isAnnotationPresent(RunAsClient.class)) {
                return true;
            }
            String entry = "/WEB-INF/classes/" + test.getJavaClass().getName().replace('.', '/') + ".class";
            if (now.entries().contains(entry)) {
                return true;
            }
            log(test.getJavaClass().getName() + " runs in the container but is not in the deployed archive: add it to"
                    + " the shared archive's classes; deploying its own");
            return false;
        }

        /**
         * Arquillian puts the test class (and the classes it extends) into a testable archive: left out of the
         * comparison, or no two classes would ever share. An in-container class is in the shared archive anyway.
         */
        private Set<String> testClasses() {
            Set<String> names = new TreeSet<>();
            TestClass test = testClass.get();
            for (Class<?> type = test == null ? null : test.getJavaClass();
                    type != null && type != Object.class;
                    type = type.getSuperclass()) {
                names.add("/WEB-INF/classes/" + type.getName().replace('.', '/'));
            }
            return names;
        }

        public void stop(@Observes BeforeStop event) {
            undeployKept("the container stops");
        }
    }

    private static void undeployKept(String why) {
        Kept now = kept;
        if (now == null) {
            return;
        }
        kept = null;
        log("undeploying " + now.archive().getName() + ": " + why);
        try {
            now.container().undeploy(now.archive());
        } catch (Exception e) {
            log("undeploying " + now.archive().getName() + " failed: " + e);
        }
    }

    private static Archive<?> deployed(DeploymentDescription description) {
        return description.getTestableArchive() != null ? description.getTestableArchive() : description.getArchive();
    }

    /** One line per entry, libraries entry by entry; text and byte assets with a digest of their content. */
    static SortedSet<String> entries(Archive<?> archive) {
        SortedSet<String> entries = new TreeSet<>();
        collect(archive, "", entries);
        return entries;
    }

    /** Equal but for the classes of either test class (the kept one's and the next one's). */
    private static boolean equal(Kept now, SortedSet<String> entries, Set<String> testClasses) {
        return equal(now.entries(), now.testClasses(), entries, testClasses);
    }

    /**
     * Whether two archives' {@link #entries} are equal but for the classes of either one's test class (each given as
     * its path without ".class", e.g. {@code /WEB-INF/classes/vn/motcua/portal/SomeIT}, with its nested classes).
     */
    static boolean equal(
            SortedSet<String> deployed, Set<String> deployedTest, SortedSet<String> wanted, Set<String> wantedTest) {
        Set<String> ignored = new TreeSet<>(deployedTest);
        ignored.addAll(wantedTest);
        return withoutClasses(deployed, ignored).equals(withoutClasses(wanted, ignored));
    }

    private static Set<String> withoutClasses(SortedSet<String> entries, Set<String> classes) {
        Set<String> rest = new TreeSet<>(entries);
        rest.removeIf(entry ->
                classes.stream().anyMatch(type -> entry.equals(type + ".class") || entry.startsWith(type + "$")));
        return rest;
    }

    private static void collect(Archive<?> archive, String prefix, Set<String> entries) {
        archive.getContent().forEach((path, node) -> {
            Asset asset = node.getAsset();
            String name = prefix + path.get();
            if (asset instanceof ArchiveAsset nested) {
                collect(nested.getArchive(), name + "!", entries);
            } else if (asset instanceof StringAsset || asset instanceof ByteArrayAsset) {
                entries.add(name + " " + digest(read(asset)));
            } else {
                entries.add(name);
            }
        });
    }

    /** A few entries one archive has and the other has not, for the log: why a class deploys its own. */
    private static String differences(Set<String> deployed, Set<String> wanted) {
        var only = new TreeSet<>(wanted);
        only.removeAll(deployed);
        var gone = new TreeSet<>(deployed);
        gone.removeAll(wanted);
        return "the next archive differs: +" + only.stream().limit(5).toList() + " -"
                + gone.stream().limit(5).toList();
    }

    private static byte[] read(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void log(String message) {
        System.out.println("[reused-deployments] " + message);
    }
}
