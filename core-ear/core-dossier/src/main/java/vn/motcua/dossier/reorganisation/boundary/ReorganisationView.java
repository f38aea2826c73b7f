package vn.motcua.dossier.reorganisation.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.directory.boundary.AgencyAdministration;
import vn.motcua.directory.entity.Agency;
import vn.motcua.platform.faces.Notices;

/**
 * Backs {@code /admin/reorganisation.xhtml}: choose the agencies to merge and the successor, preview, confirm; or an
 * agency to move under another parent, preview, confirm.
 */
@Named
@ViewScoped
public class ReorganisationView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Reorganisations reorganisations;

    @Inject
    AgencyAdministration agencies;

    @Inject
    AgencyMoves moves;

    private List<Long> sourceIds = new ArrayList<>();
    private Long targetId;
    private String note;
    private Reorganisations.Preview preview;
    private List<SelectItem> agencyChoices;
    private Long movedId;
    private Long parentId;
    private String moveNote;
    private AgencyMoves.Preview movePreview;

    public List<SelectItem> getAgencyChoices() {
        if (agencyChoices == null) {
            agencyChoices = agencies.choices().stream()
                    .map(a -> new SelectItem(a.getId(), label(a)))
                    .toList();
        }
        return agencyChoices;
    }

    private static String label(Agency agency) {
        return "\u00a0\u00a0".repeat(Math.max(agency.getDepth() - 1, 0)) + agency.getName() + " (" + agency.getCode()
                + ")";
    }

    public void preview() {
        preview = reorganisations.preview(sourceIds, targetId == null ? 0 : targetId);
    }

    /** Merges what the preview showed (the choice cannot have changed since: the preview is cleared on change). */
    public void merge() {
        if (preview == null) {
            preview();
        }
        var done = reorganisations.merge(preview.sourceIds(), preview.targetId(), note);
        Notices.info("dossier.reorg.done", done.dossiers(), preview.targetName());
        preview = null;
        sourceIds = new ArrayList<>();
        targetId = null;
        note = null;
        agencyChoices = null;
    }

    public void previewMove() {
        movePreview = moves.preview(movedId == null ? 0 : movedId, parentId == null ? 0 : parentId);
    }

    /** Moves what the preview showed (cleared when the choice changes). */
    public void move() {
        if (movePreview == null) {
            previewMove();
        }
        var done = moves.move(movePreview.agencyId(), movePreview.parentId(), moveNote);
        Notices.info("dossier.reorg.move.done", movePreview.agencyName(), movePreview.parentName(), done.dossiers());
        movePreview = null;
        movedId = null;
        parentId = null;
        moveNote = null;
        agencyChoices = null;
    }

    public void moveChanged() {
        movePreview = null;
    }

    /** A list as one line for the preview. */
    public String join(List<String> items) {
        return items == null || items.isEmpty() ? "—" : String.join(", ", items);
    }

    public void changed() {
        preview = null;
    }

    public List<Long> getSourceIds() {
        return sourceIds;
    }

    public void setSourceIds(List<Long> sourceIds) {
        this.sourceIds = sourceIds == null ? new ArrayList<>() : new ArrayList<>(sourceIds);
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Reorganisations.Preview getPreview() {
        return preview;
    }

    public Long getMovedId() {
        return movedId;
    }

    public void setMovedId(Long movedId) {
        this.movedId = movedId;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getMoveNote() {
        return moveNote;
    }

    public void setMoveNote(String moveNote) {
        this.moveNote = moveNote;
    }

    public AgencyMoves.Preview getMovePreview() {
        return movePreview;
    }
}
