package vn.motcua.spi;

import jakarta.ejb.ApplicationException;

/**
 * A business rule said no. Carries a message key (looked up in the resource bundles, Vietnamese first) and its
 * arguments, so that the portal shows a sentence a user understands and never a stack trace. The transaction it
 * leaves is rolled back: nothing is half-saved.
 *
 * @since 0.1.0
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
