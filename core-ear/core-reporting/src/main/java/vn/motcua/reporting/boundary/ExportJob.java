package vn.motcua.reporting.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** One export being written in the background ({@link ExportJobs}): its progress, its state, its file when done. */
public final class ExportJob {

    public enum State {
        RUNNING,
        DONE,
        FAILED,
        CANCELLED
    }

    /** Thrown inside the writer when the job was cancelled: the writing stops at the next line. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** The writer's side: each line written moves the bar; a cancelled job stops the writer here. */
    public final class Progress {
        public void advance(long lines) {
            if (state.get() == State.CANCELLED || Thread.currentThread().isInterrupted()) {
                throw new Cancelled();
            }
            written.addAndGet(lines);
        }
    }

    private final String id;
    private final long officerId;
    private final String fileName;
    private final String contentType;
    private final long total;
    private final Path file;
    private final Instant startedAt = Instant.now();
    private final AtomicLong written = new AtomicLong();
    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    private final Progress progress = new Progress();
    private volatile Future<?> future;

    ExportJob(String id, long officerId, String fileName, String contentType, long total, Path file) {
        this.id = id;
        this.officerId = officerId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.total = total;
        this.file = file;
    }

    void future(Future<?> future) {
        this.future = future;
    }

    Progress progress() {
        return progress;
    }

    void done() {
        if (!state.compareAndSet(State.RUNNING, State.DONE)) {
            delete(); // cancelled while the last lines were written
        }
    }

    void failed() {
        state.compareAndSet(State.RUNNING, State.FAILED);
        delete();
    }

    void cancelled() {
        state.set(State.CANCELLED);
        delete();
    }

    /** Stops a running job and deletes the file, partial or finished. */
    void cancel() {
        state.set(State.CANCELLED);
        Future<?> f = future;
        if (f != null) {
            f.cancel(true);
        }
        delete();
    }

    private void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The finished file, to send to the officer. */
    public InputStream open() throws IOException {
        if (state.get() != State.DONE) {
            throw new IllegalStateException("export " + id + " is " + state.get());
        }
        return Files.newInputStream(file);
    }

    /** 0–100, 100 only when the file is complete. */
    public int percent() {
        if (state.get() == State.DONE) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(99, written.get() * 100 / total);
    }

    public String id() {
        return id;
    }

    public long officerId() {
        return officerId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long total() {
        return total;
    }

    public long written() {
        return written.get();
    }

    public State state() {
        return state.get();
    }

    Path file() {
        return file;
    }

    /** Whether its file is on disk (a finished job's; a cancelled or failed one leaves none). */
    public boolean fileExists() {
        return Files.exists(file);
    }

    Instant startedAt() {
        return startedAt;
    }
}
