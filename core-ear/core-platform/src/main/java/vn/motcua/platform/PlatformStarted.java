package vn.motcua.platform;

/** Fired once at deployment, after plugins were validated and every migration ran: the schema is ready. */
public record PlatformStarted() {}
