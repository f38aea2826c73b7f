package vn.motcua.platform.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;
import java.io.IOException;

/**
 * Builds a page requested with a GET once, not twice. {@link StatelessViewsFirst} builds it before the render phase;
 * the render phase then asks for the build again, and Mojarra, finding the view populated, applies every tag of the
 * page to it a second time (as it does to a restored view on a postback). A view built by {@link StatelessViewsFirst}
 * in this very request is left as it is: nothing ran between the two builds but the render phase's before-listeners.
 * Measured at a million dossiers (JFR, the login page under wrk): the second apply was 10 % of the page's samples.
 * Declared in this JAR's faces-config.
 */
public class ViewsBuiltOnce extends ViewDeclarationLanguageFactory {

    private static final String BUILT = ViewsBuiltOnce.class.getName() + ".built";

    public ViewsBuiltOnce(ViewDeclarationLanguageFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
        ViewDeclarationLanguage language = getWrapped().getViewDeclarationLanguage(viewId);
        return language == null ? null : new Once(language);
    }

    /** Notes that this view was just built for this request's render phase. */
    static void built(FacesContext context, UIViewRoot view) {
        context.getAttributes().put(BUILT, view);
    }

    private static final class Once extends ViewDeclarationLanguageWrapper {

        Once(ViewDeclarationLanguage wrapped) {
            super(wrapped);
        }

        @Override
        public void buildView(FacesContext context, UIViewRoot root) throws IOException {
            if (context.getAttributes().get(BUILT) == root) {
                context.getAttributes().remove(BUILT);
                return;
            }
            getWrapped().buildView(context, root);
        }
    }
}
