package vn.motcua.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.spi.faces.PageMessages;

/** The SPI's {@link PageMessages}: the core's own {@link Notices}, for plugin pages. */
@ApplicationScoped
public class CorePageMessages implements PageMessages {

    @Override
    public String text(String key, Object... arguments) {
        return Notices.text(key, arguments);
    }

    @Override
    public void info(String key, Object... arguments) {
        Notices.info(key, arguments);
    }

    @Override
    public void error(String key, Object... arguments) {
        Notices.error(key, arguments);
    }

    @Override
    public void errorOn(String clientId, String key, Object... arguments) {
        Notices.errorOn(clientId, key, arguments);
    }
}
