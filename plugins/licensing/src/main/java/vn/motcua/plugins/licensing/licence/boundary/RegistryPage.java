package vn.motcua.plugins.licensing.licence.boundary;

import java.util.List;
import vn.motcua.plugins.licensing.licence.entity.Licence;

/** One page of the registry and how many licences match the filter in all. */
public record RegistryPage(List<Licence> rows, long total) {

    public RegistryPage {
        rows = List.copyOf(rows);
    }
}
