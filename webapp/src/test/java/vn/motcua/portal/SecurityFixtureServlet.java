package vn.motcua.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import vn.motcua.directory.boundary.OfficerAdministration;
import vn.motcua.directory.boundary.RoleAdministration;
import vn.motcua.directory.entity.Role;

/**
 * Test deployments only: what an administrator does to an officer's account, through the real facades (signed in as
 * a provincial admin for the call), so that a test at the HTTP level can watch an officer's open session react.
 */
@WebServlet("/test-fixtures/security")
public class SecurityFixtureServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient TestOfficers officers;

    @Inject
    transient RoleAdministration roles;

    @Inject
    transient OfficerAdministration administration;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String op = request.getParameter("op");
        String answer = "";
        if ("officer".equals(op)) {
            answer = officers.create(
                    request.getParameter("username"),
                    request.getParameter("role"),
                    Long.parseLong(request.getParameter("agency")));
        } else if ("role".equals(op)) {
            officers.role(request.getParameter("code"), permissions(request));
        } else {
            var subject = SecurityUtils.getSubject();
            subject.login(new UsernamePasswordToken(
                    "quantri.fixture.test", officers.create("quantri.fixture.test", "ADMIN", 100L)));
            try {
                long officer = "permissions".equals(op) ? 0 : officers.idOf(request.getParameter("username"));
                switch (op) {
                    case "permissions" -> {
                        Role role = roles.all().stream()
                                .filter(r -> r.getCode().equals(request.getParameter("code")))
                                .findFirst()
                                .orElseThrow();
                        roles.save(role, List.of(permissions(request)));
                    }
                    case "deactivate" -> administration.setActive(officer, false);
                    case "reset" -> answer = administration.resetPassword(officer);
                    default -> throw new IllegalArgumentException(op);
                }
            } finally {
                subject.logout();
            }
        }
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }

    private static String[] permissions(HttpServletRequest request) {
        return Arrays.stream(request.getParameter("permissions").split(","))
                .map(String::strip)
                .toArray(String[]::new);
    }

    /** Client side: asks the deployed fixture to do {@code op}; answers what it wrote (a password, or nothing). */
    static String call(URL portal, String op, String... namesAndValues) {
        var body = new StringBuilder("op=" + op);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append('&')
                    .append(namesAndValues[i])
                    .append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        try {
            var reply = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            portal.toExternalForm().replaceAll("/$", "") + "/test-fixtures/security"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("fixture answered " + reply.statusCode() + ": " + reply.body());
            }
            return reply.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
