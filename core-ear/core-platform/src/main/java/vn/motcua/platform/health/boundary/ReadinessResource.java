package vn.motcua.platform.health.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import vn.motcua.platform.migration.control.SchemaMigrations;

/**
 * {@code GET /api/v1/ready}: whether this server can serve the portal, for a load balancer's health check. 200
 * {@code {"status":"UP"}} when the application is deployed and a connection of its pool answers within
 * {@value #TIMEOUT_SECONDS} s; 503 {@code {"status":"DOWN"}} otherwise. Anonymous and says nothing else (no versions,
 * no names, no error text), so it may stay on the public port; MicroProfile's {@code /health}, which describes the
 * server, stays off it. Costs one pool connection check (no query of the portal's tables).
 */
@Path("v1/ready")
@RequestScoped
public class ReadinessResource {

    static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = SchemaMigrations.DATA_SOURCE)
    DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response ready() {
        boolean up;
        try (Connection connection = dataSource.getConnection()) {
            up = connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            up = false;
        }
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}")
                .build();
    }
}
