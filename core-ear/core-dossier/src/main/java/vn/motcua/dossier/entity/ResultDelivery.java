package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import vn.motcua.catalog.entity.ReferenceItem;

/**
 * How the result reaches the applicant: the method chosen at receipt (reference list {@code DELIVERY_METHOD}: at the
 * counter, by public postal service, electronically) and, once returned, who received it and, by post, the tracking
 * number.
 */
@Embeddable
public class ResultDelivery implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Code of the postal method in the reference list: a tracking number is required. */
    public static final String BY_POST = "BUU_CHINH";

    /** Code of the electronic method: the applicant downloads the result through the public lookup. */
    public static final String ONLINE = "TRUC_TUYEN";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "delivery_method_id")
    private ReferenceItem method;

    @Column(name = "delivered_to", length = 200)
    private String deliveredTo;

    @Column(name = "tracking_number", length = 60)
    private String trackingNumber;

    protected ResultDelivery() {}

    public ResultDelivery(ReferenceItem method) {
        this.method = method;
    }

    /** Records the hand-over of the result. */
    void delivered(String recipient, String tracking) {
        this.deliveredTo = recipient;
        this.trackingNumber = tracking;
    }

    public ReferenceItem getMethod() {
        return method;
    }

    public String getDeliveredTo() {
        return deliveredTo;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public boolean isByPost() {
        return method != null && BY_POST.equals(method.getCode());
    }

    public boolean isOnline() {
        return method != null && ONLINE.equals(method.getCode());
    }
}
