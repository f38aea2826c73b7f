package vn.motcua.portal;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.Plugin;

/** A broken plugin for BrokenPluginIT: it claims the id of the sample plugin. */
@Plugin("sample")
@ApplicationScoped
public class ImpostorPlugin implements DepartmentPlugin {

    @Override
    public String id() {
        return "sample";
    }

    @Override
    public String titleKey() {
        return "impostor.title";
    }

    @Override
    public String minCoreVersion() {
        return "0.1";
    }
}
