package vn.motcua.platform.secret.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Optional;
import vn.motcua.platform.secret.entity.InstallationSecret;

/** Reads and creates the rows of {@code installation_secret}, each creation in a transaction of its own. */
@ApplicationScoped
public class SecretRows {

    /** 256 bits: the key size of HMAC-SHA-256. */
    static final int BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<byte[]> find(String name) {
        return Optional.ofNullable(em.find(InstallationSecret.class, name)).map(InstallationSecret::bytes);
    }

    /**
     * Writes a new random secret under the name. Fails (on commit, primary key) when another server of the cluster
     * wrote it first; the caller then reads that one.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String name) {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        em.persist(new InstallationSecret(name, secret, LocalDateTime.now()));
    }
}
