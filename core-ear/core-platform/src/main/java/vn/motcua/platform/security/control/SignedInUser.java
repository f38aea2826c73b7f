package vn.motcua.platform.security.control;

import java.io.Serializable;

/** The principal kept in the session after a successful login. Immutable; never holds a password. */
public record SignedInUser(long id, String username, String displayName) implements Serializable {}
