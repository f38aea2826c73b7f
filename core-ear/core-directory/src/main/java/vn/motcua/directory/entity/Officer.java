package vn.motcua.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.motcua.platform.text.SearchText;
import vn.motcua.platform.text.Texts;

/**
 * A civil servant who uses the portal. Belongs to one or more agencies (their scope) and holds roles (their
 * permissions). Never deleted once created: deactivated, so that every hand-over they signed stays attributable.
 */
@Entity
@Table(name = "officer")
public class Officer implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Lower-case letters, digits, dots, dashes and underscores, 3 to 60 characters, starting with a letter. */
    public static final String USERNAME_PATTERN = "[a-z][a-z0-9._-]{2,59}";

    @Id
    @SequenceGenerator(name = "officer_seq", sequenceName = "officer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "officer_seq")
    private Long id;

    @NotBlank(message = "{directory.officer.username.required}")
    @Pattern(regexp = USERNAME_PATTERN, message = "{directory.officer.username.pattern}")
    @Column(nullable = false, length = 60, updatable = false)
    private String username;

    @NotBlank(message = "{directory.officer.fullName.required}")
    @Size(max = 150)
    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    /** {@code full name and username} folded for accent-insensitive search ({@link SearchText}), written with the row. */
    @Column(name = "search_text", length = 300)
    private String searchText;

    @Email(message = "{directory.email.pattern}")
    @Size(max = 120)
    @Column(length = 120)
    private String email;

    @Pattern(regexp = "[0-9 +().-]{0,30}", message = "{directory.phone.pattern}")
    @Column(length = 30)
    private String phone;

    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @Column(nullable = false)
    private boolean active = true;

    /** Bumped when what the officer may do changes; open sessions read their rights again (see AccountStamp). */
    @Column(name = "rights_stamp", nullable = false)
    private int rightsStamp;

    /** Bumped when the officer's open sessions must end: deactivated, new password. */
    @Column(name = "sessions_stamp", nullable = false)
    private int sessionsStamp;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt = LocalDateTime.now();

    @ManyToMany
    @JoinTable(
            name = "officer_agency",
            joinColumns = @JoinColumn(name = "officer_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> agencies = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "officer_role",
            joinColumns = @JoinColumn(name = "officer_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    private Set<Role> roles = new LinkedHashSet<>();

    @Version
    private int version;

    /** Whether a login now must be refused because of too many failed attempts. */
    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    // Failed and successful logins are counted by conditional UPDATEs (OfficerLogins), never read-modify-write here.

    /**
     * Sets a new password hash; {@code temporary} ones must be changed at the next login. Every open session of the
     * officer ends (a session that changed its own password is kept by the caller).
     */
    public void changePassword(String hash, boolean temporary) {
        this.passwordHash = hash;
        this.sessionsStamp++;
        this.passwordChangeRequired = temporary;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim().toLowerCase();
        foldSearchText();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.trim();
        foldSearchText();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Texts.trimToNull(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Texts.trimToNull(phone);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public void unlock() {
        lockedUntil = null;
        failedLogins = 0;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public boolean isActive() {
        return active;
    }

    /** Deactivating ends every open session of the officer at its next request. */
    public void setActive(boolean active) {
        if (this.active && !active) {
            sessionsStamp++;
        }
        this.active = active;
    }

    /** Marks a change of roles or agencies: open sessions read the officer's rights again at their next request. */
    public void rightsChanged() {
        rightsStamp++;
    }

    public int getRightsStamp() {
        return rightsStamp;
    }

    public int getSessionsStamp() {
        return sessionsStamp;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public Set<Agency> getAgencies() {
        return agencies;
    }

    public void setAgencies(Set<Agency> agencies) {
        this.agencies = new LinkedHashSet<>(agencies);
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = new LinkedHashSet<>(roles);
    }

    public int getVersion() {
        return version;
    }
    /** Writes the search column from the current full name and username (also run on rows that predate the column). */
    @PrePersist
    @PreUpdate
    public void foldSearchText() {
        searchText = SearchText.fold(300, fullName, username);
    }

    public String getSearchText() {
        return searchText;
    }
}
