package vn.motcua.dossier.control.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.dossier.control.DocumentStore;
import vn.motcua.dossier.control.DossierClock;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierFile;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.printing.control.GenericResults;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.procedure.ResultContext;
import vn.motcua.spi.procedure.ResultDocument;
import vn.motcua.spi.procedure.StepCompletion;

/**
 * What the plugins serving a dossier's procedure do when it leaves a step, in the transition's transaction: their
 * step handlers may veto, and at approval the procedure's handler issues the result document, kept with the dossier.
 */
@ApplicationScoped
public class PluginSteps {

    @Inject
    PluginProcedures plugins;

    @Inject
    DocumentStore store;

    @Inject
    CurrentUser currentUser;

    @Inject
    GenericResults genericResults;

    /** The plugins watching the dossier's procedure may veto leaving the step (they throw a DomainException). */
    public void leaving(Dossier dossier, ProcessStep step, HandOverAction action) {
        plugins.beforeLeaving(new StepCompletion(
                DossierSnapshots.of(dossier),
                dossier.getStepPosition(),
                step.getName(),
                action.name(),
                DossierClock.isLastStep(dossier),
                currentUser.require().id()));
    }

    /**
     * The result document of the plugin serving the procedure, numbered and stored with the dossier; for a procedure
     * no plugin claims, the generic one of its version ({@link GenericResults}).
     *
     * @param context asked only when a plugin serves the procedure
     */
    public void issueResult(Dossier dossier, Supplier<ResultContext> context) {
        String code = dossier.getProcedure().getNationalCode();
        var handled = plugins.handler(code);
        if (handled.isEmpty()) {
            if (plugins.pluginOf(code).isEmpty()) {
                // no plugin claims the procedure: the generic result the catalog admin defined
                genericResults.issue(dossier, context.get());
            }
            return;
        }
        ResultContext approval = context.get();
        Optional<ResultDocument> result = handled.get().handler().issueResult(DossierSnapshots.of(dossier), approval);
        if (result.isEmpty()) {
            return;
        }
        ResultDocument document = result.get();
        DocumentStore.Stored stored = store.store(document.fileName(), new ByteArrayInputStream(document.pdf()));
        dossier.resultIssued(
                document.number(),
                document.title(),
                new DossierFile(
                        stored.fileName(),
                        stored.contentType(),
                        stored.size(),
                        stored.sha256(),
                        stored.key(),
                        approval.approvedAt(),
                        currentUser.require().username()));
    }
}
