package vn.motcua.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a background export inside a (read-only in effect) transaction of its own. Outside a transaction the
 * container's entity managers fall back to a context kept on the thread's current component invocation; on a
 * reused managed-executor thread that context was found closed ("Attempting to execute an operation on a closed
 * EntityManager", the second export of a page after a failed one). A transaction-scoped context belongs to the task.
 */
@ApplicationScoped
public class ExportWriting {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(ExportJobs.Writer writer, OutputStream out, ExportJob.Progress progress) throws IOException {
        writer.write(out, progress);
    }
}
