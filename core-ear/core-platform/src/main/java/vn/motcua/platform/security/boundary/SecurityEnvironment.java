package vn.motcua.platform.security.boundary;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.realm.Realm;
import org.apache.shiro.web.env.DefaultWebEnvironment;
import org.apache.shiro.web.env.EnvironmentLoaderListener;
import org.apache.shiro.web.env.WebEnvironment;
import org.apache.shiro.web.filter.mgt.DefaultFilterChainManager;
import org.apache.shiro.web.filter.mgt.PathMatchingFilterChainResolver;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.platform.security.control.AccountStamps;
import vn.motcua.platform.security.control.AuthorizationCache;
import vn.motcua.platform.security.control.FacesAwareLoginFilter;
import vn.motcua.platform.security.control.PendingPasswordChangeFilter;
import vn.motcua.platform.security.control.SessionGuard;

/**
 * Builds Shiro for the portal from CDI: the realms the business components provide (the officers' realm lives in
 * core-directory), Argon2id passwords, sessions in the servlet container's HTTP session (so a cluster's session
 * replication covers them), and the URL rules below. Declared in web.xml before the {@code ShiroFilter}.
 *
 * <p>URL rules, first match wins: Faces resources, the login page, public pages ({@code /public/**}), error pages, the
 * public REST endpoints ({@link #PUBLIC_API}) and any paths in {@code motcua.security.public-paths} are open;
 * everything else needs a logged-in user whose account has not changed in a way that ends the session
 * ({@link SessionGuard}: deactivated, new password; checked against the database on every request) and whose password
 * does not have to change first.
 */
public class SecurityEnvironment extends EnvironmentLoaderListener {

    public static final String LOGIN_PAGE = "/login.xhtml";

    /**
     * REST endpoints anyone may call: the public dossier lookup (code + secret), and the readiness answer a load
     * balancer checks (UP or DOWN, nothing else).
     */
    public static final List<String> PUBLIC_API = List.of("/api/v1/lookup", "/api/v1/ready");

    @Inject
    @Any
    Instance<Realm> realms;

    @Inject
    AuthorizationCache authorizationCache;

    @Inject
    AccountStamps accountStamps;

    @Inject
    @ConfigProperty(name = "motcua.security.public-paths")
    java.util.Optional<String> extraPublicPaths;

    @Override
    protected WebEnvironment createEnvironment(ServletContext servletContext) {
        var environment = new DefaultWebEnvironment();
        environment.setServletContext(servletContext);
        environment.setWebSecurityManager(securityManager());
        environment.setFilterChainResolver(filterChains());
        return environment;
    }

    private DefaultWebSecurityManager securityManager() {
        List<Realm> available = new ArrayList<>();
        for (Realm realm : realms) {
            if (realm instanceof AuthorizingRealm authorizing) {
                authorizing.setAuthorizationCachingEnabled(true);
                authorizing.setAuthenticationCachingEnabled(false);
            }
            available.add(realm);
        }
        if (available.isEmpty()) {
            throw new IllegalStateException("No security realm is deployed: core-directory is missing from the WAR.");
        }
        var manager = new DefaultWebSecurityManager(available);
        manager.setCacheManager(authorizationCache.cacheManager());
        manager.setRememberMeManager(null);
        return manager;
    }

    private PathMatchingFilterChainResolver filterChains() {
        var chains = new DefaultFilterChainManager();
        var login = new FacesAwareLoginFilter();
        login.setLoginUrl(LOGIN_PAGE);
        chains.addFilter("signedIn", login);
        chains.addFilter("passwordChanged", new PendingPasswordChangeFilter());
        var current = new SessionGuard(accountStamps);
        current.setLoginUrl(LOGIN_PAGE);
        chains.addFilter("current", current);

        for (String open : List.of(
                "/", // the citizens' front page (the welcome file /public/index.xhtml)
                "/jakarta.faces.resource/**",
                "/javax.faces.resource/**",
                "/resources/**",
                "/favicon.ico",
                LOGIN_PAGE,
                "/public/**",
                "/error/**")) {
            chains.createChain(open, "anon");
        }
        PUBLIC_API.forEach(path -> chains.createChain(path, "anon"));
        Arrays.stream(extraPublicPaths.orElse("").split(","))
                .map(String::trim)
                .filter(path -> !path.isEmpty())
                .forEach(path -> chains.createChain(path, "anon"));
        chains.createChain(PendingPasswordChangeFilter.CHANGE_PAGE, "signedIn, current");
        chains.createChain("/**", "signedIn, current, passwordChanged");

        var resolver = new PathMatchingFilterChainResolver();
        resolver.setFilterChainManager(chains);
        return resolver;
    }
}
