package vn.motcua.dossier.printing.control;

import java.util.List;

/**
 * How tightly a form is set: type sizes, line spacing and gaps. A form is printed at the most comfortable density
 * that keeps it on one A4 page, the way a clerk would shrink a Word form to one page before printing it.
 *
 * @param body body text size (points)
 * @param table table text size
 * @param leading line spacing as a multiple of the text size
 * @param cellPadding padding inside table cells
 * @param titleGap space above the title
 * @param signatureGap room to sign above a signer's name
 */
record FormDensity(float body, float table, float leading, float cellPadding, float titleGap, float signatureGap) {

    /** The densities a form tries, most comfortable first; the last one is used even when it still runs over. */
    static final List<FormDensity> LADDER = List.of(
            new FormDensity(13f, 11.5f, 1.25f, 3f, 14f, 40f),
            new FormDensity(12.5f, 11f, 1.18f, 2.5f, 10f, 36f),
            new FormDensity(12f, 10.5f, 1.12f, 2f, 8f, 34f),
            new FormDensity(11.5f, 10f, 1.08f, 1.5f, 6f, 32f));

    static FormDensity comfortable() {
        return LADDER.get(0);
    }
}
