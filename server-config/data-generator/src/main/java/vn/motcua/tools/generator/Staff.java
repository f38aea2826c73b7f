package vn.motcua.tools.generator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Officers who appear in the generated history: per agency a few counter officers, processing officers and a leader
 * (no password: they cannot log in; an admin may give them one), plus the benchmark officers, who can.
 */
final class Staff {

    record Member(
            long id,
            String username,
            String fullName,
            long agencyId,
            List<String> roles,
            String passwordHash,
            LocalDateTime createdAt) {}

    private final Map<Long, List<Long>> counter = new HashMap<>();
    private final Map<Long, List<Long>> processing = new HashMap<>();
    private final Map<Long, Long> leader = new HashMap<>();
    private final List<Member> members = new ArrayList<>();
    private long nextId;
    private final String runTag;

    Staff(long firstId, String runTag) {
        this.nextId = firstId;
        this.runTag = runTag;
    }

    /** Generated officers for every agency that receives, acts in a step or decides. */
    void hire(Province province, Random random, LocalDateTime createdAt) {
        for (Province.Route r : province.routes()) {
            counter.computeIfAbsent(
                    r.receivingAgencyId(), a -> hireSome(a, "tn", 2, "COUNTER_OFFICER", random, createdAt));
            for (Province.Step s : r.steps()) {
                if (!s.atCounter()) {
                    processing.computeIfAbsent(
                            s.agencyId(), a -> hireSome(a, "cv", 3, "PROCESSING_OFFICER", random, createdAt));
                }
            }
            long approving = r.steps().get(r.steps().size() - 1).agencyId();
            leader.computeIfAbsent(approving, a -> hireSome(a, "ld", 1, "LEADER", random, createdAt)
                    .get(0));
        }
    }

    private List<Long> hireSome(long agency, String kind, int count, String role, Random random, LocalDateTime at) {
        var ids = new ArrayList<Long>();
        for (int i = 1; i <= count; i++) {
            long id = nextId++;
            String name = People.person(0, i, random).name();
            members.add(new Member(
                    id, "gen" + runTag + "." + kind + "." + agency + "." + i, name, agency, List.of(role), null, at));
            ids.add(id);
        }
        return ids;
    }

    /** An officer who can log in: roles, one agency, the given Argon2 hash, no forced change. */
    Member add(String username, String fullName, long agencyId, List<String> roles, String hash, LocalDateTime at) {
        var m = new Member(nextId++, username, fullName, agencyId, roles, hash, at);
        members.add(m);
        return m;
    }

    /** Gives this officer a share of the processing work of its agency (so "my dossiers" is not empty). */
    void alsoProcessing(Member m, int weight) {
        var list = processing.computeIfAbsent(m.agencyId(), a -> new ArrayList<>());
        for (int i = 0; i < weight; i++) list.add(m.id());
    }

    Long counterOfficer(long agency, Random random) {
        return pick(counter.get(agency), random);
    }

    Long processingOfficer(long agency, Random random) {
        return pick(processing.get(agency), random);
    }

    Long leaderOf(long agency) {
        return leader.get(agency);
    }

    List<Member> members() {
        return members;
    }

    private static Long pick(List<Long> ids, Random random) {
        return ids == null || ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
    }
}
