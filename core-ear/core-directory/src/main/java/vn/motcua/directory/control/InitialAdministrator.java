package vn.motcua.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.shiro.authc.credential.PasswordService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.directory.entity.Officer;
import vn.motcua.directory.entity.Role;
import vn.motcua.platform.PlatformStarted;

/**
 * Creates the {@code admin} account at the first boot of an empty database, with the initial password that the
 * installer generated: from {@code motcua.admin.initial-password} (tests set it through the environment variable
 * {@code MOTCUA_ADMIN_INITIAL_PASSWORD}) or else from the file named by {@code motcua.admin.initial-password-file}
 * (written, readable only by its owner, by {@code server-config/motcua.sh}). There is no built-in password. The
 * admin must change it at first login.
 */
@ApplicationScoped
public class InitialAdministrator {

    public static final String USERNAME = "admin";

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordService passwords;

    @Inject
    @ConfigProperty(name = "motcua.admin.initial-password")
    Optional<String> initialPassword;

    @Inject
    @ConfigProperty(name = "motcua.admin.initial-password-file")
    Optional<String> initialPasswordFile;

    @Transactional
    void createIfMissing(@Observes PlatformStarted started) {
        long admins = em.createQuery("select count(o) from Officer o where o.username = :u", Long.class)
                .setParameter("u", USERNAME)
                .getSingleResult();
        if (admins > 0) {
            return;
        }
        Optional<String> password = initialPassword.filter(p -> !p.isBlank()).or(this::readPasswordFile);
        if (password.isEmpty()) {
            LOG.severe("No 'admin' account exists and no initial password is configured: set the JVM option "
                    + "motcua.admin.initial-password-file (server-config/motcua.sh does) and redeploy.");
            return;
        }
        var admin = new Officer();
        admin.setUsername(USERNAME);
        admin.setFullName("Quản trị hệ thống");
        admin.changePassword(passwords.encryptPassword(password.get()), true);
        admin.getRoles()
                .add(em.createQuery("select r from Role r where r.code = 'ADMIN'", Role.class)
                        .getSingleResult());
        em.persist(admin);
        LOG.info(
                "Created the 'admin' account with the installer's initial password; it must be changed at first login.");
    }

    /**
     * The {@code admin} account's password was changed (by the admin, or reset by another administrator): the
     * installer's initial password is no longer valid. Writes {@code <file>.changed} beside the initial password file,
     * so that {@code server-config/motcua.sh start} stops pointing to it. A file that cannot be written is logged and
     * never fails the change.
     */
    public void passwordChanged(String username) {
        if (!USERNAME.equals(username)) {
            return;
        }
        initialPasswordFile.map(Path::of).filter(Files::isRegularFile).ifPresent(file -> {
            Path marker = file.resolveSibling(file.getFileName() + ".changed");
            try {
                Files.writeString(marker, Instant.now() + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                LOG.warning(
                        () -> "Could not write " + marker + " (the admin's initial password is no longer valid): " + e);
            }
        });
    }

    private Optional<String> readPasswordFile() {
        return initialPasswordFile
                .map(Path::of)
                .filter(Files::isReadable)
                .map(file -> {
                    try {
                        return Files.readString(file, StandardCharsets.UTF_8).trim();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .filter(p -> !p.isBlank());
    }
}
