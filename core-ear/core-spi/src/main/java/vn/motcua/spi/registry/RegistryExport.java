package vn.motcua.spi.registry;

import java.util.Map;

/**
 * What an export wrote: the number of rows and the totals of the columns marked {@link RegistrySheet#summed()}.
 *
 * @param rows rows written (headings, title and total lines excluded)
 * @param totals a summed column's heading (as given to the sheet, key or text) to its total
 * @since 0.1.0
 */
public record RegistryExport(long rows, Map<String, Long> totals) {

    public RegistryExport {
        totals = Map.copyOf(totals);
    }

    /** The total of a summed column, 0 when it has none. */
    public long total(String heading) {
        return totals.getOrDefault(heading, 0L);
    }
}
