package vn.motcua.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import vn.motcua.platform.health.control.DatabaseUnavailable;

/**
 * What the general error page says. "The database cannot be reached, try again in a moment" when Faces' exception
 * handler flagged the request ({@link DomainExceptionHandler}), and also when the failure never went through it: one
 * thrown in a filter before Faces, or while a page was being written, reaches the error page through the container
 * (or OmniFaces' {@code FacesExceptionFilter}) with the exception in the standard error attribute.
 *
 * <p>When the failure came while the answer to a form was being written, after the form's action had run ({@link
 * #AFTER_ACTION}, set by {@link DomainExceptionHandler}), the action's transaction may have committed: the page then
 * says the change may have been saved and asks to open the page again to check before doing it again, instead of
 * "nothing was saved" (the soak of issue 13 saw a forward committed seconds before the database stopped, then its
 * page told the officer it was not saved).
 */
@Named
@RequestScoped
public class ErrorPage {

    /** Request attribute: the failure came while the answer to a form was written, after its action ran. */
    public static final String AFTER_ACTION = "motcua.error.afterAction";

    /** The message key of what the page says. */
    public String getMessageKey() {
        return messageKey(FacesContext.getCurrentInstance().getExternalContext().getRequestMap());
    }

    static String messageKey(Map<String, Object> request) {
        boolean afterAction = Boolean.TRUE.equals(request.get(AFTER_ACTION));
        if (databaseUnavailable(request)) {
            return afterAction ? "error.databaseUnavailableAfterAction" : DatabaseUnavailable.MESSAGE;
        }
        return afterAction ? "error.generalAfterAction" : "error.general";
    }

    public boolean isDatabaseUnavailable() {
        return databaseUnavailable(
                FacesContext.getCurrentInstance().getExternalContext().getRequestMap());
    }

    static boolean databaseUnavailable(Map<String, Object> request) {
        if (Boolean.TRUE.equals(request.get(DatabaseUnavailable.MESSAGE))) {
            return true;
        }
        return request.get(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown
                && DatabaseUnavailable.causes(thrown);
    }
}
