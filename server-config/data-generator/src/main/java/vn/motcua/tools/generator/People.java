package vn.motcua.tools.generator;

import java.time.LocalDate;
import java.util.Random;

/** Applicants: Vietnamese names, 12-digit citizen ID numbers (10-digit tax codes for organisations), unique. */
final class People {

    record Person(
            long id,
            boolean organisation,
            String idNumber,
            String name,
            LocalDate birthDate,
            String address,
            String phone,
            String email) {}

    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý"
    };
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Thu", "Hoài"};
    private static final String[] GIVEN = {
        "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long",
        "Mai", "Minh", "Nam", "Nga", "Phúc", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vân", "Yến"
    };
    private static final String[] STREETS = {
        "Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ", "Hùng Vương", "Hai Bà Trưng", "Lý Thường Kiệt", "Quang Trung"
    };
    private static final String[] ORGS = {
        "Công ty TNHH", "Công ty cổ phần", "Hợp tác xã", "Doanh nghiệp tư nhân", "Hội", "Trường"
    };

    private People() {}

    /**
     * The {@code index}-th applicant of a run; its ID number comes from {@code id}, the row's key, so that it is unique
     * across runs too.
     */
    static Person person(long id, int index, Random random) {
        boolean organisation = random.nextInt(100) < 12;
        String street = (1 + random.nextInt(300)) + " " + STREETS[random.nextInt(STREETS.length)];
        String phone = "09" + String.format("%08d", random.nextInt(100_000_000));
        if (organisation) {
            String name = ORGS[random.nextInt(ORGS.length)] + " " + GIVEN[random.nextInt(GIVEN.length)] + " "
                    + FAMILY[random.nextInt(FAMILY.length)] + " " + (index % 997);
            // tax codes: 10 digits; the generated ones start with 99 (not a real tax department)
            return new Person(id, true, String.format("99%08d", id % 100_000_000), name, null, street, phone, null);
        }
        String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
        LocalDate birth = LocalDate.of(1945 + random.nextInt(62), 1 + random.nextInt(12), 1 + random.nextInt(28));
        // citizen ID: 3-digit province code (099: none real), then 9 digits unique per applicant
        String idNumber = String.format("099%09d", id % 1_000_000_000);
        String email = random.nextInt(4) == 0 ? "cd" + index + "@example.vn" : null;
        return new Person(id, false, idNumber, name, birth, street, phone, email);
    }
}
