package vn.motcua.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Named;
import java.util.Iterator;
import java.util.regex.Pattern;
import org.primefaces.PrimeFaces;

/**
 * Puts the keyboard where the user must go next after an Ajax answer replaced what had the focus: the first field
 * to correct when a form is refused, or the next thing to do after an action (print the receipt). Without it, a
 * keyboard or screen-reader user is left at the top of the page.
 *
 * <pre>{@code
 * <h:form id="receive">
 *   <f:event type="postValidate" listener="#{keyboardFocus.firstProblem}"/>
 * }</pre>
 */
@Named
@ApplicationScoped
public class KeyboardFocus {
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_:\\-]+");

    /** After a form's fields are checked: when one is refused, the first of them gets the focus. */
    public void firstProblem(ComponentSystemEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.isValidationFailed()) {
            return;
        }
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id != null) {
                on(id);
                return;
            }
        }
    }

    /**
     * Focuses the link or button of this client ID, or the first input of the field it names (a PrimeFaces widget's
     * own input), once the Ajax answer is in the page: looked up after the page's update (the script may run before
     * it, when the link does not exist yet), and, as {@code PrimeFaces.focus} does, telling PrimeFaces not to put the
     * focus back on the element that had it before the answer (the button just pressed).
     */
    public static void on(String clientId) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new IllegalArgumentException("Not a client ID: " + clientId);
        }
        if (PrimeFaces.current().isAjaxRequest()) {
            PrimeFaces.current()
                    .executeScript("PrimeFaces.customFocus=true;setTimeout(function(){var e=document.getElementById('"
                            + clientId + "');if(e&&e.matches('a,button')){e.focus()}else{PrimeFaces.focus('" + clientId
                            + "')}},50)");
        }
    }
}
