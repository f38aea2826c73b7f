package vn.motcua.dossier.printing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.Optional;
import vn.motcua.dossier.control.DocumentStore;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierFile;
import vn.motcua.dossier.printing.control.FormKind;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.platform.security.control.SignedInUser;

/**
 * The forms an action hands to the applicant, printed at that moment and kept with the dossier's files: form 02 when
 * a supplement is requested, 03 when the counter refuses, 04 when the due date is extended. The copy kept is the one
 * the applicant got: printing the form again later ({@code /work/form}) serves it, not a new rendering.
 */
@ApplicationScoped
public class IssuedForms {

    @Inject
    DossierForms forms;

    @Inject
    DocumentStore store;

    @Inject
    CurrentUser currentUser;

    /** Prints the form of the dossier as it stands now and adds it to its files, in the action's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DossierFile issue(Dossier dossier, FormKind kind) {
        byte[] pdf = forms.render(dossier, kind);
        String name = "mau-" + kind.number() + "-" + dossier.getCode() + ".pdf";
        DocumentStore.Stored stored = store.store(name, new ByteArrayInputStream(pdf));
        var file = new DossierFile(
                        stored.fileName(),
                        stored.contentType(),
                        stored.size(),
                        stored.sha256(),
                        stored.key(),
                        LocalDateTime.now(),
                        currentUser.signedIn().map(SignedInUser::username).orElse(null))
                .issuedAs(kind);
        dossier.addFile(file);
        return file;
    }

    /** The latest copy of that form issued for the dossier, if any. */
    public static Optional<DossierFile> latest(Dossier dossier, FormKind kind) {
        return dossier.getFiles().stream()
                .filter(f -> f.getFormKind() == kind)
                .reduce((a, b) -> b.getUploadedAt().isBefore(a.getUploadedAt()) ? a : b);
    }
}
