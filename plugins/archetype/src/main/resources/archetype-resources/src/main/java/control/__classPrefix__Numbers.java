package ${package}.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ${package}.${classPrefix}Plugin;
import vn.motcua.spi.directory.AgencyNames;
import vn.motcua.spi.numbering.ResultNumbers;

/**
 * Result numbers {@code <n>/${resultSymbol}-<agency short name>} (e.g. {@code 12/${resultSymbol}-SGTVT}), counted per
 * issuing agency and calendar year from 1, as administrative documents are.
 *
 * <p>The running number comes from the core's {@link ResultNumbers} (series {@value #SERIES}): a row per series,
 * agency and year locked in the database in the caller's transaction (the leader's approval), so approvals on any
 * number of servers never share a number and a rolled-back approval gives its number back. The plugin keeps no
 * counter table; this class only formats.
 */
@ApplicationScoped
public class ${classPrefix}Numbers {

    /** The series symbol in every number of this plugin. */
    public static final String SYMBOL = "${resultSymbol}";

    /** Our series in the core's numbering: {@code <plugin id>.<name>}, ASCII. */
    public static final String SERIES = ${classPrefix}Plugin.ID + ".result";

    /** A number and the sequence it was made from. */
    public record Issued(String number, int sequence) {}

    @Inject
    ResultNumbers numbers;

    @Inject
    AgencyNames agencies;

    /**
     * The next number of the agency for the year, with the agency's short name from the core ({@code SGTVT}); call
     * inside the transaction that records the result.
     */
    public Issued next(long agencyId, int year) {
        int sequence = Math.toIntExact(numbers.next(SERIES, agencyId, year));
        return new Issued(format(sequence, agencies.shortName(agencyId)), sequence);
    }

    /** {@code 12}, {@code SGTVT} → {@code 12/${resultSymbol}-SGTVT}. */
    public static String format(int sequence, String agencySymbol) {
        if (sequence < 1) {
            throw new IllegalArgumentException("A number starts at 1: " + sequence);
        }
        return sequence + "/" + SYMBOL + "-" + agencySymbol;
    }
}
