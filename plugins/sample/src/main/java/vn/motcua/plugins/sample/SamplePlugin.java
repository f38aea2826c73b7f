package vn.motcua.plugins.sample;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.Plugin;

/** The sample plugin's description. Used only by the integration tests that prove how plugins are packaged. */
@Plugin(SamplePlugin.ID)
@ApplicationScoped
public class SamplePlugin implements DepartmentPlugin {

    public static final String ID = "sample";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "sample.title";
    }

    @Override
    public String minCoreVersion() {
        return "0.1";
    }

    @Override
    public List<String> permissions() {
        return List.of("sample:note:write");
    }
}
