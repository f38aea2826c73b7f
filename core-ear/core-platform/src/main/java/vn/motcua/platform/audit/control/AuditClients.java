package vn.motcua.platform.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.platform.security.control.Clients;

/**
 * The client key the audit trail records: the same keyed hash of the request's address as the public pages' limits
 * count by ({@link Clients}: an HMAC with the installation's own secret, behind a load balancer of the configured proxy
 * header), so an auditor can match an event with the lookups and submissions of the same client, and the address
 * itself is never stored. Outside a request (a timer), there is no key.
 */
@ApplicationScoped
public class AuditClients {

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    Clients clients;

    public String currentKey() {
        try {
            return clients.keyOf(request.get());
        } catch (ContextNotActiveException | IllegalStateException outsideARequest) {
            return null;
        }
    }
}
