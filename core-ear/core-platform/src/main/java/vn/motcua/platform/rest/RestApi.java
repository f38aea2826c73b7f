package vn.motcua.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The portal's Jakarta REST application at {@code /api}: every resource class of the core and the plugins in the WAR
 * is found by scanning (no list to keep). Versioned paths ({@code /api/v1/...}); errors as {@link Problem} JSON.
 * Paths are guarded by the same Shiro filter as pages: only those the security environment opens are anonymous.
 * No generated description of the API ({@code application.wadl}): it would list every endpoint to anyone logged in.
 */
@ApplicationPath("api")
public class RestApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
