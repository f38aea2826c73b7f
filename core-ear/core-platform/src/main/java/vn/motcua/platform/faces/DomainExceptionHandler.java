package vn.motcua.platform.faces;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import vn.motcua.platform.health.control.DatabaseUnavailable;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.NotAuthenticatedException;
import vn.motcua.spi.security.NotAuthorizedException;

/**
 * Turns a business rule's "no" ({@link DomainException}) raised while handling a form into a message at the top of
 * the same page, in the user's language; the form stays as typed and nothing is saved (the facade's transaction has
 * rolled back). A page refused for lack of permission ({@link NotAuthorizedException}, outside Ajax) answers 403, so
 * the container shows the 403 page with that status (an exception would reach it as a 500). Other security exceptions
 * and everything else go on to the error pages (OmniFaces' {@code FullAjaxExceptionHandler}, which this handler
 * wraps), never as a stack trace. A database that cannot be reached ({@link DatabaseUnavailable}) is told as such: "try
 * again in a moment".
 */
public class DomainExceptionHandler extends ExceptionHandlerWrapper {

    public DomainExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            if (DatabaseUnavailable.causes(thrown) && toldOnThePage()) {
                events.remove();
                continue;
            }
            DomainException domain = find(thrown);
            if (domain instanceof NotAuthorizedException && answeredForbidden()) {
                events.remove();
                continue;
            }
            if (domain != null
                    && !(domain instanceof NotAuthenticatedException)
                    && !(domain instanceof NotAuthorizedException)) {
                Notices.error(domain);
                // Lets dialogs stay open (args.validationFailed) and keeps what the user typed.
                jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
                events.remove();
            }
        }
        if (getUnhandledExceptionQueuedEvents().iterator().hasNext()) {
            flagAfterAction();
        }
        getWrapped().handle();
    }

    /**
     * A form's answer failed while being written, its values valid: its action has run and its transaction may have
     * committed, so the error page must not say that nothing was saved ({@link ErrorPage#AFTER_ACTION}).
     */
    private static void flagAfterAction() {
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (faces.isPostback()
                && faces.getCurrentPhaseId() == jakarta.faces.event.PhaseId.RENDER_RESPONSE
                && !faces.isValidationFailed()) {
            faces.getExternalContext().getRequestMap().put(ErrorPage.AFTER_ACTION, Boolean.TRUE);
        }
    }

    /**
     * The database could not be reached: on a form's submission (before the answer is being written) the same page
     * says so in the user's language, keeps what was typed, and nothing was saved (the transaction rolled back). Else
     * (a page being opened or written) the error page shows the same message: the request is flagged for it.
     */
    private static boolean toldOnThePage() {
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (faces.isPostback()
                && faces.getViewRoot() != null
                && faces.getCurrentPhaseId() != jakarta.faces.event.PhaseId.RENDER_RESPONSE
                && !faces.getExternalContext().isResponseCommitted()) {
            Notices.error(DatabaseUnavailable.MESSAGE);
            faces.validationFailed();
            answerWithMessagesOnly(faces.getPartialViewContext());
            return true;
        }
        faces.getExternalContext().getRequestMap().put(DatabaseUnavailable.MESSAGE, Boolean.TRUE);
        return false;
    }

    /**
     * An Ajax post that failed for want of the database answers with its messages only: the areas PrimeFaces writes on
     * every post ({@code p:autoUpdate}, the page's messages) are added before the answer is written, nothing else is
     * written again, so the form stays in the browser as typed and the answer reads nothing from the database.
     * Writing again what the post asked for ({@code update="@form"}) read the form's choices again (a drop-down's
     * options, which had just failed) and ended on the error page, what was typed lost ({@code fault-tests.sh form}).
     * A plain post writes its page again, with what was typed (its reads must then survive the outage: {@code
     * LastKnown}).
     */
    static void answerWithMessagesOnly(jakarta.faces.context.PartialViewContext partial) {
        if (!partial.isAjaxRequest()) {
            return;
        }
        partial.setRenderAll(false);
        partial.getRenderIds().clear();
    }

    /** Outside Ajax, with nothing sent yet: answers 403 (the container renders web.xml's 403 page). */
    private static boolean answeredForbidden() {
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        if (faces.getPartialViewContext().isAjaxRequest() || external.isResponseCommitted()) {
            return false;
        }
        try {
            external.responseReset();
            external.responseSendError(403, null);
        } catch (java.io.IOException e) {
            return false;
        }
        faces.responseComplete();
        return true;
    }

    private static DomainException find(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
            if (!(t instanceof FacesException) && t.getCause() == null) {
                break;
            }
        }
        return null;
    }
}
