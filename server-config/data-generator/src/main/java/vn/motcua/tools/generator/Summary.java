package vn.motcua.tools.generator;

import java.util.Map;
import java.util.TreeMap;

/** The run's report: rows per table, time, and the distributions actually produced. */
final class Summary {

    private Summary() {}

    static String of(Generator.Options o, Generator.Result r, Map<String, String> credentials, double seconds) {
        long n = o.dossiers();
        var out = new StringBuilder();
        out.append(String.format(
                "MotCua data generator: %,d dossiers over %d years up to %s (seed %d) in %.1f s (%.0f dossiers/s)%n",
                n, o.years(), o.now(), o.seed(), seconds, n / Math.max(seconds, 1e-9)));
        out.append("rows:");
        r.rows().forEach((t, c) -> out.append(String.format(" %s %,d;", t, c)));
        out.append(String.format(
                "%nonline %.1f %%, with a supplement %.1f %%, late %.1f %%, transferred %.1f %%%n",
                pct(r.online(), n), pct(r.supplement(), n), pct(r.late(), n), pct(r.transferred(), n)));
        out.append("states:");
        new TreeMap<>(r.states()).forEach((s, c) -> out.append(String.format(" %s %,d;", s, c)));
        out.append("\nprocedures (national code: share):");
        r.byProcedure().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.append(String.format(" %s %.1f %%;", e.getKey(), pct(e.getValue(), n))));
        out.append(String.format(
                "%nbenchmark officers: %s (agency %s), %s (agency %s, counter %s);"
                        + " passwords in bench-credentials.properties%n",
                credentials.get("officer.username"),
                credentials.get("officer.agency"),
                credentials.get("counter.username"),
                credentials.get("counter.agency"),
                credentials.get("counter.id")));
        out.append(String.format(
                "lookup samples (code, secret, state): %,d in lookup-samples.tsv%n",
                r.lookupSamples().size()));
        return out.toString();
    }

    private static double pct(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
