package vn.motcua.directory.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Guards the pages of department plugins ({@code /p/<id>/...}): an officer whose agency does not have the plugin
 * enabled gets "not found", as if the plugin were not there. Runs after the Shiro filter (declared in web.xml, which
 * comes before annotated filters), so the login has been checked already. Static resources are not under /p/.
 */
@WebFilter(urlPatterns = "/p/*")
public class PluginPageGuard extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    PluginsHere pluginsHere;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!pluginsHere.enabled(pluginId(path))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    /** {@code /p/licensing/registry.xhtml} → {@code licensing}. */
    static String pluginId(String path) {
        String rest = path.substring("/p/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
