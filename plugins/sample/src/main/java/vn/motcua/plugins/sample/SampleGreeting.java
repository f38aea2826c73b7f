package vn.motcua.plugins.sample;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Backs the sample page. */
@Named
@RequestScoped
public class SampleGreeting {

    public String getPluginId() {
        return SamplePlugin.ID;
    }
}
