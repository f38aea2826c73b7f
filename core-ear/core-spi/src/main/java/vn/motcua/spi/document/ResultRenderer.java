package vn.motcua.spi.document;

/**
 * Renders a plugin's result document as PDF with the same fonts, header and QR codes as the core's forms, so that a
 * plugin needs no PDF library of its own. The core provides the bean; inject it with {@code @Inject ResultRenderer}.
 *
 * <p>What the core guarantees: Vietnamese text with every diacritic is embedded in a Unicode font; the call is pure
 * (it reads the issuing agency, writes nothing) and may run in any transaction.
 *
 * @since 0.1.0
 */
public interface ResultRenderer {

    /** The document as PDF bytes. */
    byte[] render(ResultSheet sheet);
}
