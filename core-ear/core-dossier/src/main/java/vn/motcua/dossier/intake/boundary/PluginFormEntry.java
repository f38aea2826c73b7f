package vn.motcua.dossier.intake.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import vn.motcua.dossier.control.plugins.PluginProcedures;

/**
 * A department plugin's part of a receipt or an online submission: every installed plugin's form fragment is in the
 * view (an include cannot change its source on an Ajax update) and the one of the chosen procedure is rendered,
 * editing the plugin's details object ({@code #{v.plugin.details}}).
 */
public class PluginFormEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> fragments;
    private String fragment;
    private Serializable details;

    public PluginFormEntry(List<String> fragments) {
        this.fragments = List.copyOf(fragments);
    }

    /** The plugin's form for this procedure, with empty details; none when no plugin serves it. */
    public void choose(Optional<PluginProcedures.Handled> serving, String nationalCode) {
        clear();
        serving.ifPresent(h -> {
            details = h.handler().newDetails(nationalCode);
            fragment = h.handler().formFragment();
        });
    }

    public void clear() {
        details = null;
        fragment = null;
    }

    /** Form fragments of every installed plugin. */
    public List<String> getFragments() {
        return fragments;
    }

    /** The fragment to render, or {@code null}. */
    public String getFragment() {
        return fragment;
    }

    /** What the plugin's form collects, or {@code null} when no plugin serves the procedure. */
    public Serializable getDetails() {
        return details;
    }
}
