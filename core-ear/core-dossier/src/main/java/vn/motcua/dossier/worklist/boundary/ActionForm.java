package vn.motcua.dossier.worklist.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.dossier.worklist.boundary.DossierDetail.OfficerChoice;

/**
 * What the dossier screen's action dialog asks (each action only what it needs, {@link DossierView#asks}) and the
 * choices it offers: the officer to assign or forward to, the counter that accepts an online submission, the agency a
 * step is transferred to, how a fee was paid, the new due date with its reason, what is missing, who received the
 * result and the postal tracking number, and a comment. Opened empty for each action.
 */
public class ActionForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private List<OfficerChoice> officers = List.of();
    private Long officerId;
    private String comment;
    private String reason;
    private String missing;
    private LocalDate newDueDate;
    private List<OfficerChoice> agencies = List.of();
    private Long agencyId;
    private List<OfficerChoice> paymentMethods = List.of();
    private Long paymentMethodId;
    private String receiptNumber;
    private List<OfficerChoice> counters = List.of();
    private Long counterId;
    private String recipient;
    private String trackingNumber;

    /** The choices of the action opened; the counter is preselected when there is only one. */
    void offer(
            List<OfficerChoice> officers,
            List<OfficerChoice> counters,
            List<OfficerChoice> agencies,
            List<OfficerChoice> paymentMethods) {
        this.officers = officers;
        this.counters = counters;
        this.counterId = counters.size() == 1 ? counters.get(0).id() : null;
        this.agencies = agencies;
        this.paymentMethods = paymentMethods;
    }

    public List<OfficerChoice> getOfficers() {
        return officers;
    }

    public List<OfficerChoice> getCounters() {
        return counters;
    }

    public Long getCounterId() {
        return counterId;
    }

    public void setCounterId(Long counterId) {
        this.counterId = counterId;
    }

    public List<OfficerChoice> getAgencies() {
        return agencies;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public List<OfficerChoice> getPaymentMethods() {
        return paymentMethods;
    }

    public Long getPaymentMethodId() {
        return paymentMethodId;
    }

    public void setPaymentMethodId(Long paymentMethodId) {
        this.paymentMethodId = paymentMethodId;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public void setReceiptNumber(String receiptNumber) {
        this.receiptNumber = receiptNumber;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Long officerId) {
        this.officerId = officerId;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getMissing() {
        return missing;
    }

    public void setMissing(String missing) {
        this.missing = missing;
    }

    public LocalDate getNewDueDate() {
        return newDueDate;
    }

    public void setNewDueDate(LocalDate newDueDate) {
        this.newDueDate = newDueDate;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }
}
