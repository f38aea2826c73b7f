package vn.motcua.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.motcua.spi.dossier.DossierTransitioned;

/** In-container fixture: every {@link DossierTransitioned} of a committed transaction, as a plugin would see it. */
@ApplicationScoped
public class TransitionRecorder {

    private final List<DossierTransitioned> committed = new CopyOnWriteArrayList<>();

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) DossierTransitioned event) {
        committed.add(event);
    }

    /** The events of one dossier, in the order they were committed. */
    public List<DossierTransitioned> of(long dossierId) {
        return committed.stream().filter(e -> e.dossierId() == dossierId).toList();
    }

    /** The events of one dossier code (a dossier that was rolled back has no id to ask with). */
    public List<DossierTransitioned> ofCode(String code) {
        return committed.stream().filter(e -> code.equals(e.code())).toList();
    }

    public int count() {
        return committed.size();
    }
}
