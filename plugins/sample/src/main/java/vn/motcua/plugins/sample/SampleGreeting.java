package vn.motcua.plugins.sample;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.motcua.spi.Plugin;

/** Backs the sample page. */
@Named
@RequestScoped
@Plugin(SamplePlugin.ID)
public class SampleGreeting {

    public String getPluginId() {
        return SamplePlugin.ID;
    }
}
