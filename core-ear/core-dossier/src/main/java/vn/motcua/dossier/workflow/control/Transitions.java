package vn.motcua.dossier.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Set;
import vn.motcua.catalog.entity.StepAction;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Officer;
import vn.motcua.dossier.control.DossierClock;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.entity.Lifecycle;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.ConcurrentChangeException;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.dossier.DossierTransitioned;

/**
 * The rules every transition shares, in the caller's transaction: the dossier is read under a row lock and must be
 * the version the officer saw, the action must be allowed in its state and current step ({@link Lifecycle}), the
 * acting agency must be in the officer's scope; the hand-over is recorded and written at once, then
 * {@link DossierTransitioned} is fired.
 */
@ApplicationScoped
public class Transitions {

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencyScope scope;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<DossierTransitioned> transitioned;

    /**
     * A dossier the counter of its receiving agency acts on (receipt of an online submission or not, supplement or
     * fee brought by the applicant, withdrawal).
     */
    public Dossier atReceivingCounter(long dossierId, int expectedVersion, HandOverAction action) {
        Dossier dossier = load(dossierId, expectedVersion);
        if (!Lifecycle.allows(action, dossier.getState(), stepActions(dossier))) {
            throw new DomainException("dossier.action.notAllowed");
        }
        checkScope(dossier, dossier.getReceivingAgency());
        return dossier;
    }

    /** A dossier the agency now in charge of it acts on. */
    public Dossier actionable(long dossierId, int expectedVersion, HandOverAction action) {
        Dossier dossier = load(dossierId, expectedVersion);
        checkScope(dossier, dossier.getCurrentAgency());
        if (!Lifecycle.allows(action, dossier.getState(), stepActions(dossier))) {
            throw new DomainException("dossier.action.notAllowed");
        }
        return dossier;
    }

    /**
     * Reads the dossier under a row lock: a second officer acting on it at the same moment waits for the first
     * transaction to end, then sees the new version and gets the clear "changed meanwhile" message. (A check of the
     * version alone would only fail at commit: EclipseLink's batch writing sends the UPDATE then.)
     */
    private Dossier load(long dossierId, int expectedVersion) {
        Dossier dossier = em.find(Dossier.class, dossierId, LockModeType.PESSIMISTIC_WRITE);
        if (dossier == null) {
            throw new DomainException("dossier.notFound");
        }
        if (dossier.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return dossier;
    }

    private void checkScope(Dossier dossier, Agency acting) {
        if (!scope.covers(acting)) {
            throw new DomainException("dossier.notYours");
        }
    }

    /**
     * A dossier stored just now (received, or refused at the counter): its first hand-over recorded, the dossier
     * stored, written and announced.
     */
    public Dossier received(Dossier dossier, HandOver handOver) {
        dossier.record(handOver);
        em.persist(dossier);
        flush();
        fire(dossier, handOver);
        return dossier;
    }

    /** Records the hand-over, writes the change and announces it. */
    public Dossier done(Dossier dossier, HandOver handOver) {
        return done(dossier, handOver, dossier.getState());
    }

    /**
     * The same, with the state the dossier ended in ({@link Dossier#transition}) when the hand-over was made before it
     * was known: the hand-over always records the state the lifecycle gave.
     */
    public Dossier done(Dossier dossier, HandOver handOver, DossierState toState) {
        if (handOver.getToState() != toState) {
            handOver = new HandOver(handOver.getAction(), handOver.getFromState(), toState, handOver.getHandedAt())
                    .step(handOver.getStepName(), handOver.getStepDueAt(), handOver.getVerdict())
                    .from(handOver.getFromOfficer(), handOver.getFromAgency())
                    .to(handOver.getToOfficer(), handOver.getToAgency())
                    .comment(handOver.getComment());
        }
        dossier.record(handOver);
        flush();
        fire(dossier, handOver);
        return dossier;
    }

    /** Writes now, so a concurrent change shows here as a clear message rather than at commit. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        } catch (PersistenceException e) {
            // EclipseLink may wrap its own OptimisticLockException (not on our compile path): match it by name
            if (e.getCause() != null && e.getCause().getClass().getSimpleName().equals("OptimisticLockException")) {
                throw new ConcurrentChangeException();
            }
            throw e;
        }
    }

    private void fire(Dossier dossier, HandOver handOver) {
        transitioned.fire(event(dossier, handOver));
    }

    /** The event of a hand-over just recorded (also fired by the online submission, with no officer). */
    public static DossierTransitioned event(Dossier dossier, HandOver handOver) {
        return new DossierTransitioned(
                dossier.getId(),
                dossier.getCode(),
                dossier.getProcedure().getNationalCode(),
                handOver.getAction().name(),
                handOver.getFromState(),
                handOver.getToState(),
                handOver.getHandedAt(),
                handOver.getFromOfficer() == null
                        ? null
                        : handOver.getFromOfficer().getId());
    }

    /** The officer acting now. */
    public Officer me() {
        return em.find(Officer.class, currentUser.require().id());
    }

    /** An active officer the dossier is handed to. */
    public Officer officer(long id) {
        Officer officer = em.find(Officer.class, id);
        if (officer == null || !officer.isActive()) {
            throw new DomainException("dossier.officerRequired");
        }
        return officer;
    }

    private static Set<StepAction> stepActions(Dossier dossier) {
        return DossierClock.currentStep(dossier).getActions();
    }
}
