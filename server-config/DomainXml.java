import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes what asadmin command files set for the DAS's own configuration ({@code server-config}) straight into a
 * STOPPED domain's domain.xml, so that a new domain starts once, already configured, instead of starting, being
 * configured and restarting for the settings Payara reads only at boot: the JVM options (heap, time zone, paths), the
 * addresses of JMX, IIOP and JMS, where /metrics, /health and /openapi are served. That restart was a start and a stop,
 * about a fifth of a cold start.
 *
 * <pre>java server-config/DomainXml.java &lt;domain.xml&gt; &lt;rest.asadmin&gt; &lt;file.asadmin&gt;...</pre>
 *
 * Written to domain.xml, exactly as asadmin would store them:
 * <ul>
 *   <li>{@code create-jvm-options X} / {@code delete-jvm-options X} (no {@code --target}; one option; no ':' or
 *       quotes): a {@code <jvm-options>} of {@code server-config}'s {@code java-config}, added or removed;
 *   <li>{@code set configs.config.server-config.<dotted name>=<value>} where the dotted name leads to an element that
 *       domain.xml already has (each step a child element, or a child element and its {@code name}/{@code id}): its
 *       attribute, or its {@code property} of that name; the value as multimode reads it (one pair of single quotes
 *       removed; a value with a backslash or a double quote is left to asadmin);
 *   <li>{@code set-hazelcast-configuration --enabled=false --dynamic=true}: the {@code enabled} attribute of
 *       {@code server-config}'s {@code hazelcast-config-specific-configuration} (the data grid never starts);
 *   <li>{@code set-metrics-configuration}, {@code set-microprofile-healthcheck-configuration},
 *       {@code set-openapi-configuration} with {@code --virtualservers=X} only: the {@code virtual-servers} attribute of
 *       their element in {@code server-config}.
 * </ul>
 * Every other line (comments included) is copied to {@code rest.asadmin}, which the scripts apply to the running domain
 * with {@code asadmin multimode --file}; settings there that would need a restart make the scripts restart the domain
 * (they ask Payara). Run by motcua.sh and motcua.cmd alike (JDK 17's source launcher, no build). A jvm-options line it
 * cannot apply as asadmin would stops it with exit status 2 and nothing written.
 */
public class DomainXml {

    private static final Map<String, String> MICROPROFILE = Map.of(
            "set-metrics-configuration", "microprofile-metrics-configuration",
            "set-microprofile-healthcheck-configuration", "microprofile-healthcheck-configuration",
            "set-openapi-configuration", "microprofile-openapi-configuration");

    private static final String SERVER_CONFIG = "configs.config.server-config.";

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java DomainXml.java <domain.xml> <rest.asadmin> <file.asadmin>...");
            System.exit(2);
        }
        Path domainXml = Path.of(args[0]);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(domainXml.toFile());
        Element config = serverConfig(doc);
        Element javaConfig = child(config, "java-config");
        if (javaConfig == null) {
            fail("no <java-config> in <config name=\"server-config\">");
        }

        int written = 0;
        var rest = new StringBuilder();
        for (int i = 2; i < args.length; i++) {
            for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                String[] words = trimmed.split("\\s+", 2);
                boolean done;
                if (words[0].equals("create-jvm-options") || words[0].equals("delete-jvm-options")) {
                    String option = words.length == 2 ? words[1] : "";
                    if (option.isEmpty() || option.startsWith("--") || option.matches(".*[\\s:'\"\\\\].*")) {
                        fail(args[i] + ": cannot write to domain.xml as asadmin would: " + trimmed);
                    }
                    jvmOption(javaConfig, words[0].startsWith("create"), option);
                    done = true;
                } else if (words[0].equals("set") && words.length == 2 && words[1].startsWith(SERVER_CONFIG)) {
                    done = set(config, words[1].substring(SERVER_CONFIG.length()));
                } else if (MICROPROFILE.containsKey(words[0])
                        && words.length == 2
                        && words[1].matches("--virtualservers=[\\w,-]+")) {
                    Element element = child(config, MICROPROFILE.get(words[0]));
                    if (element == null) {
                        element = append(config, MICROPROFILE.get(words[0]));
                    }
                    element.setAttribute("virtual-servers", words[1].substring("--virtualservers=".length()));
                    done = true;
                } else if (trimmed.equals("set-hazelcast-configuration --enabled=false --dynamic=true")) {
                    // the data grid off from the first start: it is not started and then shut down again
                    Element hazelcast = child(config, "hazelcast-config-specific-configuration");
                    if (hazelcast != null) {
                        hazelcast.setAttribute("enabled", "false");
                    }
                    done = hazelcast != null;
                } else {
                    done = false;
                }
                if (done) {
                    written++;
                } else {
                    rest.append(line).append(System.lineSeparator());
                }
            }
        }

        Path tmp = domainXml.resolveSibling(domainXml.getFileName() + ".motcua.tmp");
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(doc), new StreamResult(tmp.toFile()));
        Files.move(tmp, domainXml, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(Path.of(args[1]), rest, StandardCharsets.UTF_8);
        System.out.println(written + " lines written to " + domainXml + ", the others to " + args[1]);
    }

    private static void jvmOption(Element javaConfig, boolean create, String value) {
        Element existing = null;
        for (Element e : children(javaConfig, "jvm-options")) {
            if (e.getTextContent().strip().equals(value)) {
                existing = e;
            }
        }
        if (!create && existing != null) {
            Node before = existing.getPreviousSibling();
            if (before != null && before.getNodeType() == Node.TEXT_NODE && before.getTextContent().isBlank()) {
                javaConfig.removeChild(before);
            }
            javaConfig.removeChild(existing);
        } else if (create && existing == null) {
            append(javaConfig, "jvm-options").setTextContent(value);
        }
    }

    /** {@code <dotted name>=<value>} below server-config; false (left to asadmin) if it does not lead anywhere. */
    private static boolean set(Element config, String assignment) {
        int eq = assignment.indexOf('=');
        if (eq < 0) {
            return false;
        }
        String value = assignment.substring(eq + 1);
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.matches(".*['\"\\\\].*")) {
            return false;
        }
        String[] names = assignment.substring(0, eq).split("\\.");
        Element at = config;
        if (children(config, names[0]).isEmpty()) {
            // e.g. jms-service: a new domain.xml has it in default-config only; Payara adds it to server-config at
            // the first start, after the broker's port is bound. The same element, copied now, is used instead.
            Element template = child(configNamed(config.getOwnerDocument(), "default-config"), names[0]);
            if (template == null) {
                return false;
            }
            Node copy = template.cloneNode(true);
            Element added = append(config, names[0]);
            config.replaceChild(copy, added);
        }
        int i = 0;
        while (i < names.length - 1) {
            if (names[i].equals("property") && i == names.length - 2) {
                Element property = null;
                for (Element p : children(at, "property")) {
                    if (p.getAttribute("name").equals(names[i + 1])) {
                        property = p;
                    }
                }
                if (property == null) {
                    property = append(at, "property");
                    property.setAttribute("name", names[i + 1]);
                }
                property.setAttribute("value", value);
                return true;
            }
            List<Element> candidates = children(at, names[i]);
            Element named = null;
            if (i + 1 < names.length - 1) {
                for (Element c : candidates) {
                    if (c.getAttribute("name").equals(names[i + 1])
                            || c.getAttribute("id").equals(names[i + 1])) {
                        named = c;
                    }
                }
            }
            if (named != null) {
                at = named;
                i += 2;
            } else if (candidates.size() == 1) {
                at = candidates.get(0);
                i += 1;
            } else {
                return false;
            }
        }
        if (i != names.length - 1) {
            return false;
        }
        at.setAttribute(names[i], value);
        return true;
    }

    private static Element serverConfig(Document doc) {
        Element config = configNamed(doc, "server-config");
        if (config == null) {
            fail("no <config name=\"server-config\"> in domain.xml");
        }
        return config;
    }

    private static Element configNamed(Document doc, String name) {
        var configs = doc.getElementsByTagName("config");
        for (int i = 0; i < configs.getLength(); i++) {
            var config = (Element) configs.item(i);
            if (config.getAttribute("name").equals(name)) {
                return config;
            }
        }
        return null;
    }

    private static Element child(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        List<Element> found = children(parent, tag);
        return found.size() == 1 ? found.get(0) : null;
    }

    private static List<Element> children(Element parent, String tag) {
        var found = new java.util.ArrayList<Element>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e);
            }
        }
        return found;
    }

    /** A new last child element, indented like its siblings. */
    private static Element append(Element parent, String tag) {
        Element added = parent.getOwnerDocument().createElement(tag);
        Node last = parent.getLastChild();
        if (last != null && last.getNodeType() == Node.TEXT_NODE && last.getTextContent().isBlank()) {
            parent.insertBefore(parent.getOwnerDocument().createTextNode(last.getTextContent() + "    "), last);
            parent.insertBefore(added, last);
        } else {
            parent.appendChild(added);
        }
        return added;
    }

    private static void fail(String message) {
        System.err.println("ERROR: " + message);
        System.exit(2);
    }
}
