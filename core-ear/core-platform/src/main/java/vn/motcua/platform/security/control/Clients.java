package vn.motcua.platform.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import javax.crypto.Mac;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.platform.secret.boundary.InstallationSecrets;

/**
 * The client key of a request ({@link ClientKeys}): what every per-client limit of the anonymous public pages counts
 * by (the lookup throttle, the online submission quota). Behind a load balancer, set
 * {@code motcua.lookup.client-address-header} (e.g. {@code X-Forwarded-For}; the name is kept from when only the
 * lookup used it) or every visitor would share the balancer's address; never set it when clients reach the servers
 * directly, as they could send any value.
 */
@ApplicationScoped
public class Clients {

    @Inject
    @ConfigProperty(name = "motcua.lookup.client-address-header")
    Optional<String> clientAddressHeader;

    @Inject
    InstallationSecrets secrets;

    /** The key of the client of a request: its address (or the configured proxy header's), as a keyed hash. */
    public String keyOf(HttpServletRequest request) {
        String forwarded = clientAddressHeader
                .filter(h -> !h.isBlank())
                .map(h -> request.getHeader(h.strip()))
                .orElse(null);
        Mac mac = keyed;
        if (mac == null) {
            mac = ClientKeys.keyed(secrets.secret(InstallationSecrets.CLIENT_KEYS)); // the secret never changes
            keyed = mac;
        }
        return ClientKeys.of(request.getRemoteAddr(), forwarded, mac);
    }

    /** The HMAC keyed with the installation's secret, made at the first request (two at once: either one is kept). */
    private volatile Mac keyed;
}
