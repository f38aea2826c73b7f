package vn.motcua.tools.ceiling;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS under /ceiling/api. */
@ApplicationPath("api")
public class CeilingApplication extends Application {}
