package vn.motcua.tools.ceiling;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The trivial JAX-RS resource: a small JSON answer, as the lookup API gives, with no work behind it. */
@Path("ping")
public class Ping {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String ping(@QueryParam("code") String code) {
        return "{\"code\":\"" + (code == null ? "" : code.replaceAll("[^A-Za-z0-9.-]", "")) + "\",\"state\":\"OK\"}";
    }
}
