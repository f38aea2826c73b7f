package vn.motcua.platform.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One row of the audit trail: who did what to what, when, from which client, and the state before and after. Rows
 * are only ever inserted: every column is {@code updatable = false} and no code path removes one.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Longest before/after text kept; longer states are cut with a mark. */
    public static final int STATE_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @Column(updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", length = 150, updatable = false)
    private String actorName;

    @Column(name = "client_key", length = 64, updatable = false)
    private String clientKey;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(length = 255, updatable = false)
    private String target;

    @Column(name = "state_before", length = STATE_LENGTH, updatable = false)
    private String before;

    @Column(name = "state_after", length = STATE_LENGTH, updatable = false)
    private String after;

    protected AuditEvent() {}

    public AuditEvent(
            LocalDateTime occurredAt,
            Long actorId,
            String actorName,
            String clientKey,
            String action,
            String target,
            String before,
            String after) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = cut(actorName, 150);
        this.clientKey = cut(clientKey, 64);
        this.action = action;
        this.target = cut(target, 255);
        this.before = cut(before, STATE_LENGTH);
        this.after = cut(after, STATE_LENGTH);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getClientKey() {
        return clientKey;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
