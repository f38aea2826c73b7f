package vn.motcua.dossier.printing.control;

/** One element of a template's body: a paragraph of text or a block the renderer draws. */
sealed interface TemplateElement {
    /** How a paragraph is set. */
    enum Style {
        /** A justified paragraph. */
        PLAIN,
        /** A bold, centred heading ({@code # } in the template). */
        HEADING,
        /** A bold paragraph ({@code ! }). */
        BOLD,
        /** An indented item ({@code - }). */
        ITEM,
        /** An italic note ({@code _ }). */
        NOTE
    }

    record Paragraph(Style style, TemplateLine line) implements TemplateElement {}

    record Block(FormBlock block) implements TemplateElement {}
}
