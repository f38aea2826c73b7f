package vn.motcua.portal;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.spi.Plugin;

/**
 * A broken plugin bean for BrokenPluginIT: it lies in the unbundled plugin's JAR but names the sample plugin, as a bean
 * wanting that plugin's scoped services (its result number series) would. A class belongs to its JAR's plugin.
 */
@Plugin("sample")
@ApplicationScoped
public class UnbundledTrespasser {}
