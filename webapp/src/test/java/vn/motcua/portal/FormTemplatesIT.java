package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.dossier.entity.FormTemplate;
import vn.motcua.dossier.printing.boundary.FormTemplates;
import vn.motcua.dossier.printing.boundary.FormTemplates.Status;
import vn.motcua.dossier.printing.boundary.FormTemplates.VersionRow;
import vn.motcua.dossier.printing.control.DefaultTemplates;
import vn.motcua.dossier.printing.control.FormKind;
import vn.motcua.dossier.printing.control.TemplatesInForce;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.NotAuthorizedException;

/**
 * The form template versions against the real container and database: a broken upload is refused with its message
 * key and leaves nothing stored; a new version is in force from its date and not before (and one from today at
 * once); only a template keeper with the whole province in scope may upload, and officers without the permission may
 * not even read. Versions stored here either print exactly like the built-in template (a comment added) or take
 * effect far in the future, so other tests' forms are unaffected.
 */
@ExtendWith(ArquillianExtension.class)
class FormTemplatesIT {

    private static final long N = System.nanoTime() % 100_000;
    private static final long AGENCY = 110L;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Inject
    FormTemplates templates;

    @Inject
    TestOfficers officers;

    @PersistenceContext
    EntityManager em;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void aBrokenTemplateIsRefusedWithItsProblemsAndNothingIsStored() {
        signIn("quantri.mau." + N, "ADMIN");
        long before = stored();
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        String broken = DefaultTemplates.text(FormKind.RECEIPT)
                .replace("[[documents]]", "")
                .replace("Tiếp nhận hồ sơ của: ${applicantName}", "Tiếp nhận hồ sơ của: ${hoTen}");

        assertThatThrownBy(() -> templates.add(FormKind.RECEIPT, tomorrow, utf8(broken)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException refused = (DomainException) e;
                    assertThat(refused.messageKey()).isEqualTo("dossier.template.invalid");
                    assertThat(refused.arguments()[0]).isEqualTo("2");
                    assertThat(refused.arguments()[1].toString())
                            .contains("${hoTen}", "Thiếu khối bắt buộc “[[documents]]”");
                });
        assertThat(templates.check(FormKind.RECEIPT, broken))
                .as("each problem with its line, for the screen to list")
                .hasSize(2)
                .anySatisfy(p -> assertThat(p.line()).isPositive());
        assertThat(key(() -> templates.add(FormKind.REFUSAL, tomorrow, utf8(DefaultTemplates.text(FormKind.RECEIPT)))))
                .as("the template of another form")
                .isEqualTo("dossier.template.invalid");
        assertThat(key(() -> templates.add(FormKind.RECEIPT, tomorrow, new byte[] {'f', (byte) 0xC3, (byte) 0x28})))
                .isEqualTo("dossier.template.notUtf8");
        assertThat(key(() -> templates.add(FormKind.RECEIPT, tomorrow, new byte[0])))
                .isEqualTo("dossier.template.empty");
        assertThat(key(() -> templates.add(
                        FormKind.RECEIPT, LocalDate.now().minusDays(1), utf8(DefaultTemplates.text(FormKind.RECEIPT)))))
                .as("never back-dated: received dossiers keep their forms")
                .isEqualTo("dossier.template.dateInPast");
        assertThat(stored()).as("nothing half-saved").isEqualTo(before);
    }

    @Test
    void aNewVersionIsInForceFromItsDateAndNotBefore() {
        signIn("quantri.mau2." + N, "ADMIN");
        LocalDate from = LocalDate.now().plusDays(400 + N % 50);
        String title = "GIẤY TIẾP NHẬN HỒ SƠ (THỬ NGHIỆM " + N + ")";
        String revised = DefaultTemplates.text(FormKind.RECEIPT)
                .replace("title: GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "title: " + title);
        assertThat(revised).contains(title);

        VersionRow scheduled = templates.add(FormKind.RECEIPT, from, utf8("\uFEFF" + revised));
        assertThat(scheduled.status()).isEqualTo(Status.SCHEDULED);
        assertThat(scheduled.createdBy()).contains("quantri.mau2." + N);
        assertThat(templates.versions())
                .filteredOn(v -> v.kind() == FormKind.RECEIPT && v.version() == scheduled.version())
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.status()).isEqualTo(Status.SCHEDULED);
                    assertThat(v.effectiveFrom()).isEqualTo(from);
                });
        var stored = em.createQuery("select t from FormTemplate t", FormTemplate.class).getResultList().stream()
                .map(FormTemplate::toVersion)
                .toList();
        assertThat(TemplatesInForce.template(FormKind.RECEIPT, from.minusDays(1), stored)
                        .content())
                .doesNotContain(title);
        assertThat(TemplatesInForce.template(FormKind.RECEIPT, from, stored).content())
                .as("stored without the byte-order mark, in force on its day")
                .startsWith("%")
                .contains(title);
        assertThat(templates.text(FormKind.RECEIPT, scheduled.version()).content())
                .contains(title);
        assertThat(templates.text(FormKind.RECEIPT, null).content())
                .as("today's forms still print with what was in force before")
                .doesNotContain(title);
        assertThat(new String(
                        templates.preview(FormKind.RECEIPT, scheduled.version()), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        // From today: in force at once. The text prints like the built-in one, so no other test sees a change.
        String marker = "% phiên bản thử nghiệm " + N;
        VersionRow today = templates.add(
                FormKind.APOLOGY, LocalDate.now(), utf8(marker + "\n" + DefaultTemplates.text(FormKind.APOLOGY)));
        assertThat(today.status()).isEqualTo(Status.IN_FORCE);
        FormTemplates.TemplateFile inForce = templates.text(FormKind.APOLOGY, null);
        assertThat(inForce.content()).startsWith(marker);
        assertThat(inForce.fileName()).isEqualTo("mau-04-apology-v" + today.version() + ".txt");
        assertThat(templates.forms())
                .filteredOn(f -> f.kind() == FormKind.APOLOGY)
                .singleElement()
                .satisfies(f -> assertThat(f.inForce().version()).isEqualTo(today.version()));
        assertThat(templates.versions())
                .filteredOn(v -> v.kind() == FormKind.APOLOGY && v.version() < today.version())
                .allSatisfy(v -> assertThat(v.status()).isNotEqualTo(Status.IN_FORCE));
        assertThat(templates.text(FormKind.APOLOGY, 0).fileName()).isEqualTo("mau-04-apology-mac-dinh.txt");
    }

    @Test
    void onlyAKeeperWithTheWholeProvinceMayUploadAndOthersMayNotEvenRead() {
        signIn("danhmuc.mau." + N, "CATALOG_ADMIN");
        List<VersionRow> seen = templates.versions();
        assertThat(seen).isNotNull();
        assertThat(templates.forms()).hasSize(5);
        assertThatThrownBy(() -> templates.add(
                        FormKind.RECEIPT, LocalDate.now().plusDays(1), utf8(DefaultTemplates.text(FormKind.RECEIPT))))
                .as("a department's catalog keeper: the template would print for every agency")
                .isInstanceOf(NotAuthorizedException.class);
        SecurityUtils.getSubject().logout();

        signIn("tiepnhan.mau." + N, "COUNTER_OFFICER");
        assertThatThrownBy(() -> templates.versions()).isInstanceOf(NotAuthorizedException.class);
    }

    private void signIn(String username, String role) {
        String password = officers.create(username, role, AGENCY);
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, password));
    }

    private long stored() {
        return em.createQuery("select count(t) from FormTemplate t", Long.class).getSingleResult();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String key(Runnable call) {
        try {
            call.run();
            return null;
        } catch (DomainException e) {
            return e.messageKey();
        }
    }
}
