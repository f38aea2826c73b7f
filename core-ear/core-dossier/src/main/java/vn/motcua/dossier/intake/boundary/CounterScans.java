package vn.motcua.dossier.intake.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.dossier.control.DocumentStore;
import vn.motcua.dossier.intake.boundary.DossierReception.PendingFile;

/**
 * The scans uploaded at the counter for the dossier being received ({@code #{v.scans.files}}): stored already,
 * pending until the dossier is received, each for the document chosen when it was uploaded.
 */
public class CounterScans implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<PendingFile> files = new ArrayList<>();
    private Long fileDocumentId;

    /** Keeps a stored scan for the document chosen now. */
    void hold(DocumentStore.Stored stored) {
        files.add(new PendingFile(stored, fileDocumentId));
    }

    void remove(PendingFile file) {
        files.remove(file);
    }

    List<PendingFile> pending() {
        return List.copyOf(files);
    }

    public String sizeText(long bytes) {
        return bytes < 1024 * 1024
                ? Math.max(1, bytes / 1024) + " KB"
                : String.format("%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }

    public List<PendingFile> getFiles() {
        return files;
    }

    public Long getFileDocumentId() {
        return fileDocumentId;
    }

    public void setFileDocumentId(Long fileDocumentId) {
        this.fileDocumentId = fileDocumentId;
    }
}
