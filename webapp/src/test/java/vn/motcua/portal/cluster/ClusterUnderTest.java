package vn.motcua.portal.cluster;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.platform.security.control.Passwords;

/**
 * The cluster started by {@code server-config/motcua.sh cluster start}, as the fault checks see it: the load balancer's
 * address, each instance's own address, the shared H2 server, and the script's fault commands (kill, restart,
 * db-stop, db-start). Settings: system properties {@code cluster.root} (the repository) and {@code cluster.portbase}
 * (default 18000, as the script).
 */
final class ClusterUnderTest {

    static final Path ROOT =
            Path.of(System.getProperty("cluster.root", "..")).toAbsolutePath().normalize();
    static final int BASE = Integer.getInteger("cluster.portbase", 18000);

    private ClusterUnderTest() {}

    /** The portal through HAProxy. */
    static URL balanced() {
        return url("http://127.0.0.1:" + (BASE + 90) + "/motcua/");
    }

    /** The portal on instance 1 or 2 directly. */
    static URL instance(int n) {
        return url("http://127.0.0.1:" + (BASE + 100 * n + 80) + "/motcua/");
    }

    /** Runs {@code motcua.sh cluster <arguments>} and returns its exit code (its output goes to ours). */
    static int script(String... arguments) {
        List<String> command = new ArrayList<>(
                List.of("bash", ROOT.resolve("server-config/motcua.sh").toString(), "cluster"));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("MOTCUA_PORTBASE", String.valueOf(BASE));
        try {
            return builder.start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A connection to the shared database (the H2 server), as the instances reach it. */
    static Connection database() throws SQLException {
        try {
            String password = Files.readString(ROOT.resolve(".motcua/cluster/h2-password"), StandardCharsets.UTF_8)
                    .strip();
            return DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:" + (BASE + 92) + "/motcua", "sa", password);
        } catch (IOException e) {
            throw new IllegalStateException("no .motcua/cluster/h2-password: is the cluster started?", e);
        }
    }

    /**
     * Gives a demo officer a fresh password that needs no change at first login (what the admin's "reset password"
     * plus the officer's own change would do through the screens), and returns it.
     */
    static String officerPassword(String username) throws SQLException {
        String password = "Cum-" + Passwords.random(16);
        try (Connection db = database();
                var update =
                        db.prepareStatement("UPDATE officer SET password_hash = ?, password_change_required = FALSE,"
                                + " failed_logins = 0, locked_until = NULL WHERE username = ?")) {
            update.setString(1, Passwords.service().encryptPassword(password));
            update.setString(2, username);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no officer " + username + " (demo data on?)");
            }
        }
        return password;
    }

    private static URL url(String address) {
        try {
            return URI.create(address).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
