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
 */
@Named
@RequestScoped
public class ErrorPage {

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
