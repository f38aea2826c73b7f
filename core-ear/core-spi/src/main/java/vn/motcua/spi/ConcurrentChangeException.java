package vn.motcua.spi;

/**
 * What the user edited or acted on was changed by someone else meanwhile (a stale form, two officers at once). The
 * message (key {@code platform.concurrentChange}) says so and promises the latest data: a screen that catches it
 * reloads what it shows. Nothing of the stale request is saved.
 *
 * @since 0.1.0
 */
public class ConcurrentChangeException extends DomainException {
    private static final long serialVersionUID = 1L;

    /** The message key of every concurrent change. */
    public static final String MESSAGE_KEY = "platform.concurrentChange";

    public ConcurrentChangeException() {
        super(MESSAGE_KEY);
    }
}
