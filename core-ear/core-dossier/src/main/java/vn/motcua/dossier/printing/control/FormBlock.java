package vn.motcua.dossier.printing.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The blocks a template places with a marker line such as {@code [[documents]]}: tables, lists and the signature
 * block, drawn by the renderer from the sheet's data. The set is fixed: a template cannot define its own.
 */
public enum FormBlock {
    /** Table of the documents handed in: no., name, copy kind, copies. */
    DOCUMENTS("documents"),
    /** Numbered list of the documents or contents the applicant must add (form 02). */
    NEEDED_DOCUMENTS("neededDocuments"),
    /** Numbered list of reasons (forms 02 and 03). */
    REASONS("reasons"),
    /** Table of the hand-overs between steps with their verdict (form 05). */
    HAND_OVERS("handOvers"),
    /** Two signature columns, from the template's {@code signer-*} header lines. */
    SIGNATURE("signature");

    private final String marker;

    FormBlock(String marker) {
        this.marker = marker;
    }

    /** The name written between double brackets in a template. */
    public String marker() {
        return marker;
    }

    static Optional<FormBlock> byMarker(String marker) {
        return Arrays.stream(values()).filter(b -> b.marker.equals(marker)).findFirst();
    }
}
