package vn.motcua.portal;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.Plugin;

/** A broken plugin for BrokenPluginIT: its JAR ships Vietnamese messages only. */
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
        return "0.1";
    }
}
