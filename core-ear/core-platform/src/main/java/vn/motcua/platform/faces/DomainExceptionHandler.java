package vn.motcua.platform.faces;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.NotAuthenticatedException;
import vn.motcua.spi.security.NotAuthorizedException;

/**
 * Turns a business rule's "no" ({@link DomainException}) raised while handling a form into a message at the top of
 * the same page, in the user's language; the form stays as typed and nothing is saved (the facade's transaction has
 * rolled back). Security exceptions and everything else go on to the error pages (OmniFaces'
 * {@code FullAjaxExceptionHandler}, which this handler wraps), never as a stack trace.
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
            DomainException domain = find(thrown);
            if (domain != null
                    && !(domain instanceof NotAuthenticatedException)
                    && !(domain instanceof NotAuthorizedException)) {
                Notices.error(domain);
                // Lets dialogs stay open (args.validationFailed) and keeps what the user typed.
                jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
                events.remove();
            }
        }
        getWrapped().handle();
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
