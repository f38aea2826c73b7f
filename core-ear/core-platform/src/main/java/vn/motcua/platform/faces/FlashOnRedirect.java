package vn.motcua.platform.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * Keeps the messages of a request in the flash exactly when its response is a redirect (an explicit
 * {@code redirect(...)} or a {@code faces-redirect} navigation, Ajax or not), so they show on the page the browser
 * goes to, and only there. A response that renders a page shows its messages itself and keeps nothing for later.
 * Declared in the portal's faces-config.
 */
public class FlashOnRedirect extends ExternalContextFactory {

    public FlashOnRedirect(ExternalContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExternalContext getExternalContext(Object context, Object request, Object response) {
        return new Redirecting(getWrapped().getExternalContext(context, request, response));
    }

    private static final class Redirecting extends ExternalContextWrapper {

        Redirecting(ExternalContext wrapped) {
            super(wrapped);
        }

        @Override
        public void redirect(String url) throws IOException {
            // Must be decided before the redirect: Mojarra saves the flash's messages while redirecting.
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && !faces.getMessageList().isEmpty()) {
                getFlash().setKeepMessages(true);
            }
            super.redirect(url);
        }
    }
}
