package vn.motcua.plugins.licensing.licence.entity;

/**
 * How often a publication appears. Screens show {@code licensing.periodicity.<NAME>} from the bundle (Vietnamese or
 * English); the licence, a Vietnamese legal document whatever the officer's language, prints {@link #printed()}.
 */
public enum Periodicity {
    WEEKLY("Hằng tuần"),
    MONTHLY("Hằng tháng"),
    QUARTERLY("Hằng quý"),
    HALF_YEARLY("6 tháng một kỳ"),
    YEARLY("Hằng năm"),
    /** A non-commercial publication printed once. */
    ONE_OFF("Một lần (không định kỳ)");

    private final String printed;

    Periodicity(String printed) {
        this.printed = printed;
    }

    public String labelKey() {
        return "licensing.periodicity." + name();
    }

    public String printed() {
        return printed;
    }
}
