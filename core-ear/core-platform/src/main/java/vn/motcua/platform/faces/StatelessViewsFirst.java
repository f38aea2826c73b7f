package vn.motcua.platform.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewDeclarationLanguage;

/**
 * Builds a requested page before PrimeFaces' CSP listener sees it, so that a stateless page
 * ({@code <f:view transient="true">}, the anonymous public pages) is known to be transient in time. PrimeFaces keeps
 * the page's script nonce in the view map of every view that is not transient, and the view map lives in the HTTP
 * session: on a GET the view is only built inside the render phase, after PrimeFaces has asked, so without this every
 * anonymous visit would open a session. Building earlier changes nothing else: the render phase finds the view built
 * and renders it ({@link ViewsBuiltOnce} keeps it from applying the page's tags to the built view a second time).
 * Registered before PrimeFaces' listeners (META-INF/faces-config.xml of this JAR).
 */
public class StatelessViewsFirst implements PhaseListener {
    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (context.isPostback() || view == null || view.isTransient() || view.getViewId() == null) {
            return; // a postback restored its view, transient or not, in the restore phase
        }
        ViewDeclarationLanguage language =
                context.getApplication().getViewHandler().getViewDeclarationLanguage(context, view.getViewId());
        if (language != null) {
            try {
                language.buildView(context, view);
                ViewsBuiltOnce.built(context, view); // the render phase does not apply the page a second time
            } catch (java.io.IOException | RuntimeException failed) {
                // The render phase builds the view again and reports the failure the usual way (error page).
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }
}
