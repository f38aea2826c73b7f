package vn.motcua.plugins.vehicle.registry.control;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What an officer types to look up the registry: a number (new or replaced licence number, badge number), a plate
 * in any spelling, the holder's name or ID number, a class or badge kind, and a period of issue. Blank means "any".
 */
public class RegistrySearch implements Serializable {
    private static final long serialVersionUID = 1L;

    private String number;
    private String plate;
    private String holder;
    private String category;
    private LocalDate issuedFrom;
    private LocalDate issuedTo;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getPlate() {
        return plate;
    }

    public void setPlate(String plate) {
        this.plate = plate;
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    /** A licence class code or a badge kind name. */
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public LocalDate getIssuedFrom() {
        return issuedFrom;
    }

    public void setIssuedFrom(LocalDate issuedFrom) {
        this.issuedFrom = issuedFrom;
    }

    public LocalDate getIssuedTo() {
        return issuedTo;
    }

    public void setIssuedTo(LocalDate issuedTo) {
        this.issuedTo = issuedTo;
    }

    /** The trimmed text, or {@code null} when blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
