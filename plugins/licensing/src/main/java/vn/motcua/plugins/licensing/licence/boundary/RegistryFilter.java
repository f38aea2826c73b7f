package vn.motcua.plugins.licensing.licence.boundary;

import java.io.Serializable;
import vn.motcua.plugins.licensing.licence.entity.LicenceStatus;

/** What the registry screen is asked to show; blank fields filter nothing. Bound to the page's filter bar. */
public class RegistryFilter implements Serializable {
    private static final long serialVersionUID = 1L;

    private String number;
    private String holder;
    private String publication;
    private LicenceStatus status;
    private Integer expiringWithinDays;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    public String getPublication() {
        return publication;
    }

    public void setPublication(String publication) {
        this.publication = publication;
    }

    public LicenceStatus getStatus() {
        return status;
    }

    public void setStatus(LicenceStatus status) {
        this.status = status;
    }

    public Integer getExpiringWithinDays() {
        return expiringWithinDays;
    }

    public void setExpiringWithinDays(Integer expiringWithinDays) {
        this.expiringWithinDays = expiringWithinDays;
    }
}
