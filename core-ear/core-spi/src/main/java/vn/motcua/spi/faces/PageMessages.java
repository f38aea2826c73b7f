package vn.motcua.spi.faces;

/**
 * Messages on the plugin's pages, from the portal's merged bundle (where the plugin's
 * {@code META-INF/motcua/messages_*.properties} are merged), in the page's language. The core provides the bean; a
 * view injects it ({@code @Inject PageMessages messages}). Call it on a Faces request only.
 *
 * <p>What the core guarantees: a message shows on the response of the current request, and travels to the next page
 * only when that response is a redirect (so an Ajax save says "Đã lưu." once); a missing key shows as the key itself,
 * never an error page; arguments are formatted with {@link java.text.MessageFormat} in the page's locale. Refusals of
 * the rules need none of this: a {@link vn.motcua.spi.DomainException} is shown by the core.
 *
 * @since 0.1.0
 */
public interface PageMessages {

    /** The text of a key in the page's language, arguments filled in. */
    String text(String key, Object... arguments);

    /** An information message at the top of the page ("Đã lưu."). */
    void info(String key, Object... arguments);

    /** An error message at the top of the page. */
    void error(String key, Object... arguments);

    /** An error next to one input ({@code clientId}); the request counts as failed validation. */
    void errorOn(String clientId, String key, Object... arguments);
}
