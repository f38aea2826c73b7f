package vn.motcua.platform.security.control;

/** Fired after roles, their permissions or an officer's roles or status changed. */
public record AuthorizationChanged(String reason) {}
