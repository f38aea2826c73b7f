package vn.motcua.directory.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficerAndTreesTest {

    @Test
    void aNewPasswordOrADeactivationEndsTheOfficersSessionsAndARoleChangeRereadsTheirRights() {
        var officer = new Officer();
        int sessions = officer.getSessionsStamp();
        officer.changePassword("$hash", false);
        assertThat(officer.getSessionsStamp()).isEqualTo(sessions + 1);
        officer.setActive(false);
        assertThat(officer.getSessionsStamp()).isEqualTo(sessions + 2);
        officer.setActive(true);
        assertThat(officer.getSessionsStamp()).as("reactivating ends nothing").isEqualTo(sessions + 2);
        int rights = officer.getRightsStamp();
        officer.rightsChanged();
        assertThat(officer.getRightsStamp()).isEqualTo(rights + 1);
    }

    @Test
    void temporaryPasswordsMustBeChanged() {
        var officer = new Officer();
        officer.changePassword("$hash", true);
        assertThat(officer.isPasswordChangeRequired()).isTrue();
        officer.changePassword("$hash2", false);
        assertThat(officer.isPasswordChangeRequired()).isFalse();
    }

    @Test
    void usernamesAreStoredInLowerCase() {
        var officer = new Officer();
        officer.setUsername("  Lan.Nguyen ");
        assertThat(officer.getUsername()).isEqualTo("lan.nguyen");
    }

    @Test
    void materialisedPathsOfAnyDepth() {
        assertThat(Trees.childPath(null, 100)).isEqualTo("/100/");
        assertThat(Trees.childPath("/100/110/", 111)).isEqualTo("/100/110/111/");
        assertThat(Trees.depth("/100/")).isZero();
        assertThat(Trees.depth("/100/110/111/")).isEqualTo(2);
        assertThat(Trees.isSelfOrDescendant("/100/110/", "/100/110/111/")).isTrue();
        assertThat(Trees.isSelfOrDescendant("/100/110/", "/100/110/")).isTrue();
        assertThat(Trees.isSelfOrDescendant("/100/110/", "/100/120/")).isFalse();
    }
}
