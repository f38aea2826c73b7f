package vn.motcua.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The portal's Jakarta REST application at {@code /api}: every resource class of the core and the plugins in the WAR
 * is found by scanning (no list to keep). Versioned paths ({@code /api/v1/...}); errors as {@link Problem} JSON.
 * Paths are guarded by the same Shiro filter as pages: only those the security environment opens are anonymous.
 */
@ApplicationPath("api")
public class RestApi extends Application {}
