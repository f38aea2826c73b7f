package vn.motcua.reporting.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.shiro.SecurityUtils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.platform.security.boundary.CurrentUser;

/**
 * Long exports (a year's register book or dossier list of the province) written in the background by the server's
 * managed executor, as the officer who asked (their permissions and scope apply in the task too), to a temporary file
 * the officer downloads when it is done; the page shows the progress meanwhile. A job cancelled or failed half way
 * deletes its partial file; a finished one is kept until downloaded and dropped, the page left, or two hours old.
 * Only the officer who started a job sees it.
 */
@ApplicationScoped
public class ExportJobs {
    private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());
    private static final Duration KEPT = Duration.ofHours(2);

    @Resource
    ManagedExecutorService executor;

    @Inject
    ExportWriting writing;

    /**
     * From this many lines (5,000 unless configured) an export is written in the background, with progress, and
     * downloaded when done; shorter ones are written in the request.
     */
    @Inject
    @ConfigProperty(name = "motcua.reporting.export.background-from", defaultValue = "5000")
    long backgroundFrom;

    private final Map<String, ExportJob> jobs = new ConcurrentHashMap<>();

    /** Whether an export of that many lines is written in the background rather than in the request. */
    public boolean inBackground(long lines) {
        return lines > 0 && lines >= backgroundFrom;
    }

    /** What an export writes: to the stream, telling the job how far it got. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out, ExportJob.Progress progress) throws IOException;
    }

    /** Starts writing {@code total} lines (an estimate for the progress) in the background; returns the job. */
    public ExportJob start(long officerId, String fileName, String contentType, long total, Writer writer) {
        sweep();
        Path file;
        try {
            file = Files.createTempFile("motcua-export-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExportJob job = new ExportJob(UUID.randomUUID().toString(), officerId, fileName, contentType, total, file);
        jobs.put(job.id(), job);
        Runnable task = SecurityUtils.getSubject().associateWith(() -> run(job, writer));
        job.future(executor.submit(task));
        return job;
    }

    private void run(ExportJob job, Writer writer) {
        try (OutputStream out = Files.newOutputStream(job.file())) {
            writing.write(writer, out, job.progress());
        } catch (ExportJob.Cancelled e) {
            job.cancelled();
            return;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Export " + job.fileName() + " failed", e);
            job.failed();
            return;
        }
        job.done();
    }

    /** The officer's own job, if it is still kept. */
    public Optional<ExportJob> find(String id, CurrentUser user) {
        ExportJob job = id == null ? null : jobs.get(id);
        return job != null
                        && user.isSignedIn()
                        && job.officerId() == user.require().id()
                ? Optional.of(job)
                : Optional.empty();
    }

    /** Stops the job (if running) and deletes its file. */
    public void drop(String id, CurrentUser user) {
        find(id, user).ifPresent(job -> {
            job.cancel();
            jobs.remove(job.id());
        });
    }

    /** The page that started the job is gone: the job stops and its file goes. */
    void forget(String id) {
        ExportJob job = jobs.remove(id);
        if (job != null) {
            job.cancel();
        }
    }

    /** Jobs older than two hours are dropped with their files. */
    void sweep() {
        Instant oldest = Instant.now().minus(KEPT);
        jobs.values().removeIf(job -> {
            if (job.startedAt().isBefore(oldest)) {
                job.cancel();
                return true;
            }
            return false;
        });
    }

    @PreDestroy
    void shutdown() {
        jobs.values().forEach(ExportJob::cancel);
        jobs.clear();
    }
}
