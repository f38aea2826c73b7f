package vn.motcua.platform.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client key the audit trail records: an HMAC-SHA-256 of the request's address (or of the proxy header named by
 * {@code motcua.lookup.client-address-header}, the same setting as the public limits), keyed with
 * {@code motcua.security.client-key-secret}. Without that secret a random one is drawn at start: keys then still link
 * the events of one client, but only until the next restart. Outside a request (a timer), there is no key.
 */
@ApplicationScoped
public class AuditClients {

    private static final Logger LOG = Logger.getLogger(AuditClients.class.getName());

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    @ConfigProperty(name = "motcua.lookup.client-address-header")
    Optional<String> clientAddressHeader;

    @Inject
    @ConfigProperty(name = "motcua.security.client-key-secret")
    Optional<String> configuredSecret;

    private volatile byte[] secret;

    public String currentKey() {
        try {
            HttpServletRequest http = request.get();
            String forwarded = clientAddressHeader
                    .filter(h -> !h.isBlank())
                    .map(h -> http.getHeader(h.strip()))
                    .orElse(null);
            String address =
                    forwarded != null && !forwarded.isBlank() ? forwarded.split(",")[0].strip() : http.getRemoteAddr();
            return address == null ? null : keyOf(address);
        } catch (ContextNotActiveException | IllegalStateException outsideARequest) {
            return null;
        }
    }

    String keyOf(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            byte[] digest = mac.doFinal(address.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] secret() {
        if (secret == null) {
            secret = configuredSecret
                    .filter(s -> !s.isBlank())
                    .map(s -> s.getBytes(StandardCharsets.UTF_8))
                    .orElseGet(() -> {
                        LOG.warning("motcua.security.client-key-secret is not set: the audit trail's client keys"
                                + " link one client's events only until the next restart.");
                        byte[] drawn = new byte[32];
                        new SecureRandom().nextBytes(drawn);
                        return drawn;
                    });
        }
        return secret;
    }
}
