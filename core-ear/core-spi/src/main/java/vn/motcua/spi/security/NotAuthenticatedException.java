package vn.motcua.spi.security;

import vn.motcua.spi.DomainException;

/**
 * The action needs a logged-in user and there is none.
 *
 * @since 0.1.0
 */
public class NotAuthenticatedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException() {
        super("security.notAuthenticated");
    }
}
