package vn.motcua.portal;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import vn.motcua.plugins.sample.SamplePrintingHandler;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.procedure.ProcedureHandler;

/** A broken handler for BrokenPluginIT: it claims the procedure the sample plugin already serves. */
@Plugin("unbundled")
@ApplicationScoped
public class UnbundledHandler implements ProcedureHandler<UnbundledHandler.Details> {

    /** Details nobody ever saves. */
    public static class Details implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Override
    public Set<String> procedureCodes() {
        return Set.of(SamplePrintingHandler.PROCEDURE);
    }

    @Override
    public Class<Details> detailsType() {
        return Details.class;
    }

    @Override
    public Details newDetails(String procedureCode) {
        return new Details();
    }

    @Override
    public String formFragment() {
        return "/p/unbundled/form.xhtml";
    }

    @Override
    public String viewFragment() {
        return "/p/unbundled/view.xhtml";
    }

    @Override
    public void saveDetails(Details details, DossierSnapshot dossier) {}

    @Override
    public Optional<Details> details(long dossierId) {
        return Optional.empty();
    }
}
