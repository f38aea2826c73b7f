package vn.motcua.spi.security;

import vn.motcua.spi.DomainException;

/**
 * The logged-in user lacks a permission the action requires.
 *
 * @since 0.1.0
 */
public class NotAuthorizedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotAuthorizedException(String permission) {
        super("security.notAuthorized", permission);
    }
}
