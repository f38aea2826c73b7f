package vn.motcua.portal;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.Plugin;

/**
 * A broken plugin for BrokenPluginIT: its JAR ships Vietnamese messages only, and it was built for an older core (it
 * supports cores before 0.1 only).
 */
@Plugin("unbundled")
@ApplicationScoped
public class UnbundledPlugin implements DepartmentPlugin {

    @Override
    public String id() {
        return "unbundled";
    }

    @Override
    public String titleKey() {
        return "unbundled.title";
    }

    @Override
    public String minCoreVersion() {
        return "0.0.1";
    }

    @Override
    public String coreVersionLimit() {
        return "0.1";
    }
}
