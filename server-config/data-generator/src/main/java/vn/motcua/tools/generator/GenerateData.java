package vn.motcua.tools.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.motcua.platform.security.control.Passwords;

/**
 * Command line: {@code GenerateData --url jdbc:h2:... [--user sa] [--password ''] [--dossiers 1000000] [--years 5]
 * [--seed 42] [--out dir] [--no-tsv] [--drop-indexes]}. Reads the province from the database, generates, loads by
 * batched JDBC, writes the bcp set, moves the sequences past the generated ids, creates the benchmark officers and
 * writes to {@code out}: {@code bench-credentials.properties} (owner-only), {@code lookup-samples.tsv},
 * {@code summary.txt} and the bcp set.
 */
public final class GenerateData {

    /** H2's default page cache (CACHE_SIZE, KB). */
    static final int H2_DEFAULT_CACHE_KB = 65536;

    private GenerateData() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> a = options(args);
        String url = a.get("url");
        if (url == null) {
            System.err.println("--url is required (e.g. jdbc:h2:/path/to/domain/data/motcua;AUTO_SERVER=TRUE)");
            System.exit(2);
        }
        Path out = Path.of(a.getOrDefault("out", "generated-data")).toAbsolutePath();
        Files.createDirectories(out);
        Path tsv = a.containsKey("no-tsv") ? null : Files.createDirectories(out.resolve("bcp"));
        LocalDateTime now = LocalDateTime.now(ZoneId.of(a.getOrDefault("zone", "Asia/Ho_Chi_Minh")))
                .withNano(0);
        var options = new Generator.Options(
                Integer.parseInt(a.getOrDefault("dossiers", "1000000")),
                Integer.parseInt(a.getOrDefault("years", "5")),
                Long.parseLong(a.getOrDefault("seed", "42")),
                now,
                tsv,
                a.containsKey("drop-indexes"));
        try (Connection c =
                DriverManager.getConnection(url, a.getOrDefault("user", "sa"), a.getOrDefault("password", ""))) {
            c.setAutoCommit(false);
            String report = generate(c, options, out);
            System.out.print(report);
        }
    }

    /** The whole run on an open connection (also what the tests call); returns the summary it wrote. */
    static String generate(Connection c, Generator.Options o, Path out) throws SQLException, IOException {
        long start = System.nanoTime();
        var ids = new Generator.IdBases();
        ids.officer = base(c, "officer_seq", "officer");
        ids.applicant = base(c, "applicant_seq", "applicant");
        ids.dossier = base(c, "dossier_seq", "dossier");
        ids.part = Math.max(base(c, "dossier_part_seq", "hand_over"), base(c, "dossier_part_seq", "dossier_pause"));
        c.commit();
        var province =
                Province.read(c, o.now().getYear() - o.years() - 1, o.now().getYear() + 1);
        var staff = new Staff(ids.officer, Long.toString(ids.officer, 36));
        var random = new Random(o.seed() + 7);
        staff.hire(province, random, o.now());
        var credentials = benchOfficers(c, province, staff, o);
        LoadIndexes indexes = o.dropIndexes() ? LoadIndexes.drop(c) : null;
        Generator.Result result;
        long loaded;
        try {
            result = new Generator(c, o, province, staff).run(ids);
        } finally {
            loaded = System.nanoTime();
            if (indexes != null) {
                System.out.printf("  creating %d indexes again ...%n", indexes.count());
                indexes.create(c);
            }
        }
        System.out.printf(
                "  rows written in %.1f s, indexes created in %.1f s%n",
                (loaded - start) / 1e9, (System.nanoTime() - loaded) / 1e9);
        restartSequences(c, ids, o, staff);
        if (c.getMetaData().getURL().startsWith("jdbc:h2:")) {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
                // The load's larger page cache (generate-data.sh's CACHE_SIZE) is a setting H2 keeps in the database:
                // left there, the portal's embedded H2 held 256 MB of pages in its 1 GB heap (heap histogram after
                // the HTTP benchmark: H2's cache the largest part). Back to H2's default.
                s.execute("SET CACHE_SIZE " + H2_DEFAULT_CACHE_KB);
            }
        }
        c.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        writeCredentials(out.resolve("bench-credentials.properties"), credentials);
        var samples = new StringBuilder();
        for (String[] s : result.lookupSamples())
            samples.append(String.join("\t", s)).append('\n');
        Files.writeString(out.resolve("lookup-samples.tsv"), samples, StandardCharsets.UTF_8);
        if (o.tsv() != null) Bcp.write(o.tsv(), ids, staff, o.dossiers());
        String report = Summary.of(o, result, credentials, seconds);
        Files.writeString(out.resolve("summary.txt"), report, StandardCharsets.UTF_8);
        return report;
    }

    /** The first id to use: above what the sequence has handed out (with its block of 50) and above any row. */
    private static long base(Connection c, String sequence, String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            long next;
            try (ResultSet rs = s.executeQuery("SELECT NEXT VALUE FOR " + sequence)) {
                rs.next();
                next = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                rs.next();
                return Math.max(next, rs.getLong(1)) + 1000;
            }
        }
    }

    private static void restartSequences(Connection c, Generator.IdBases ids, Generator.Options o, Staff staff)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : Bcp.sequenceRestarts(ids, staff, o.dossiers())) s.execute(statement);
        }
    }

    /**
     * Three officers who can log in (random passwords, the product's Argon2id hashing, no forced change): a processing
     * officer and division head of the agency that processes the most dossiers, and a counter officer of the busiest
     * receiving agency with a counter, both with a share of their agency's generated work; and a leader of the
     * province (its root agency) for the reports' benchmark.
     */
    private static Map<String, String> benchOfficers(Connection c, Province p, Staff staff, Generator.Options o) {
        var processing = new HashMap<Long, Double>();
        var receiving = new HashMap<Long, Double>();
        double[] cumulative = Generator.weights(p.routes(), o.seed());
        for (int i = 0; i < cumulative.length; i++) {
            var r = p.routes().get(i);
            double w = cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
            for (var s : r.steps()) if (!s.atCounter()) processing.merge(s.agencyId(), w, Double::sum);
            if (r.counterId() != null) receiving.merge(r.receivingAgencyId(), w, Double::sum);
        }
        long officerAgency = busiest(processing);
        var passwords = Passwords.service();
        var credentials = new java.util.LinkedHashMap<String, String>();
        String tag = taken(c, "bench.officer") || taken(c, "bench.counter") || taken(c, "bench.leader")
                ? "." + o.now().toLocalDate() + "." + o.seed()
                : "";
        String pw = Passwords.random(16);
        var officer = staff.add(
                "bench.officer" + tag,
                "Cán bộ đo hiệu năng",
                officerAgency,
                List.of("PROCESSING_OFFICER", "DIVISION_HEAD"),
                passwords.encryptPassword(pw),
                o.now());
        staff.alsoProcessing(officer, 3);
        credentials.put("officer.username", officer.username());
        credentials.put("officer.password", pw);
        credentials.put("officer.agency", Long.toString(officerAgency));
        if (!receiving.isEmpty()) {
            long counterAgency = busiest(receiving);
            String cpw = Passwords.random(16);
            var counter = staff.add(
                    "bench.counter" + tag,
                    "Cán bộ tiếp nhận đo hiệu năng",
                    counterAgency,
                    List.of("COUNTER_OFFICER"),
                    passwords.encryptPassword(cpw),
                    o.now());
            credentials.put("counter.username", counter.username());
            credentials.put("counter.password", cpw);
            credentials.put("counter.agency", Long.toString(counterAgency));
            p.routes().stream()
                    .filter(r -> r.receivingAgencyId() == counterAgency && r.counterId() != null)
                    .findFirst()
                    .ifPresent(r -> {
                        credentials.put("counter.id", Long.toString(r.counterId()));
                        credentials.put("counter.procedure", Long.toString(r.procedureId()));
                    });
        }
        // the reports' benchmark (server-config/benchmark-reports.sh): a leader of the province, whose scope is all
        long root = p.agencies().values().stream()
                .filter(a -> a.parentId() == null)
                .mapToLong(Province.Agency::id)
                .min()
                .orElseThrow();
        String lpw = Passwords.random(16);
        var leader = staff.add(
                "bench.leader" + tag,
                "Lãnh đạo đo hiệu năng",
                root,
                List.of("LEADER"),
                passwords.encryptPassword(lpw),
                o.now());
        credentials.put("leader.username", leader.username());
        credentials.put("leader.password", lpw);
        credentials.put("leader.agency", Long.toString(root));
        return credentials;
    }

    private static boolean taken(Connection c, String username) {
        try (var ps = c.prepareStatement("SELECT COUNT(*) FROM officer WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long busiest(Map<Long, Double> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<Long, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
    }

    private static void writeCredentials(Path file, Map<String, String> credentials) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        var text = new StringBuilder("# Benchmark officers created by the data generator (owner-only file).\n");
        credentials.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Map<String, String> options(String[] args) {
        var map = new HashMap<String, String>();
        var rest = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                rest.add(args[i]);
                continue;
            }
            String key = args[i].substring(2);
            if (key.startsWith("no-") || key.equals("drop-indexes")) map.put(key, "true");
            else if (i + 1 < args.length) map.put(key, args[++i]);
        }
        if (!rest.isEmpty()) throw new IllegalArgumentException("unexpected arguments: " + rest);
        return map;
    }
}
