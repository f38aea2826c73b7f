package vn.motcua.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** A broken plugin bean for BrokenPluginIT: its EL name lacks the plugin's prefix ("unbundled…"). */
@Named("greeting")
@RequestScoped
public class UnbundledGreeting {

    public String getText() {
        return "Xin chào";
    }
}
