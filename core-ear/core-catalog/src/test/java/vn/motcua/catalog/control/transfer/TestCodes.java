package vn.motcua.catalog.control.transfer;

import java.util.Map;
import java.util.Optional;
import vn.motcua.catalog.entity.Sector;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Role;

/** A small directory for the unit tests: two sectors, two agencies, the three standard roles. */
final class TestCodes implements CatalogCodes {

    final Map<String, Sector> sectors =
            Map.of("BCXB", sector("BCXB", "Báo chí - Xuất bản"), "BTXH", sector("BTXH", "Bảo trợ xã hội"));
    final Map<String, Agency> agencies = Map.of(
            "000.00.12.H99",
            agency("000.00.12.H99", "Sở TTTT"),
            "000.31.02.H99",
            agency("000.31.02.H99", "UBND xã Hòa An"));
    final Map<String, Role> roles = Map.of(
            "COUNTER_OFFICER",
            role("COUNTER_OFFICER", "Cán bộ tiếp nhận"),
            "PROCESSING_OFFICER",
            role("PROCESSING_OFFICER", "Chuyên viên xử lý"),
            "LEADER",
            role("LEADER", "Lãnh đạo cơ quan"));

    @Override
    public Optional<Sector> sector(String code) {
        return Optional.ofNullable(sectors.get(code));
    }

    @Override
    public Optional<Agency> agency(String code) {
        return Optional.ofNullable(agencies.get(code));
    }

    @Override
    public Optional<Role> role(String code) {
        return Optional.ofNullable(roles.get(code));
    }

    private static Sector sector(String code, String name) {
        var s = new Sector();
        s.setCode(code);
        s.setName(name);
        return s;
    }

    private static Agency agency(String code, String name) {
        var a = new Agency();
        a.setCode(code);
        a.setName(name);
        return a;
    }

    private static Role role(String code, String name) {
        var r = new Role();
        r.setCode(code);
        r.setName(name);
        return r;
    }
}
