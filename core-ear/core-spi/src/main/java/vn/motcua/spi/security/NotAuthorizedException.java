package vn.motcua.spi.security;

import vn.motcua.spi.DomainException;

/** The logged-in user lacks a permission the action requires. */
public class NotAuthorizedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotAuthorizedException(String permission) {
        super("security.notAuthorized", permission);
    }
}
