package vn.motcua.platform.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registers {@link DomainExceptionHandler}; declared in the portal's faces-config after OmniFaces' factory. */
public class DomainExceptionHandlerFactory extends ExceptionHandlerFactory {

    public DomainExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new DomainExceptionHandler(getWrapped().getExceptionHandler());
    }
}
