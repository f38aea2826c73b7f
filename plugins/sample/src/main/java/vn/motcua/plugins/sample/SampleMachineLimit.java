package vn.motcua.plugins.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.procedure.StepCompletion;
import vn.motcua.spi.procedure.StepHandler;

/** A step rule of the sample plugin: a printing house with more than 500 machines cannot leave appraisal. */
@ApplicationScoped
public class SampleMachineLimit implements StepHandler {

    @Inject
    SamplePrintingHandler handler;

    @Override
    public Set<String> procedureCodes() {
        return Set.of(SamplePrintingHandler.PROCEDURE);
    }

    @Override
    public void beforeLeaving(StepCompletion step) {
        if ("FORWARD".equals(step.action())) {
            handler.details(step.dossier().id())
                    .filter(d -> d.getMachines() > 500)
                    .ifPresent(d -> {
                        throw new DomainException("sample.machines.tooMany", d.getMachines());
                    });
        }
    }
}
