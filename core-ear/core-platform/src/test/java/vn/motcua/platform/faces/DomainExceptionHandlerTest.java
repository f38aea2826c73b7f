package vn.motcua.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.context.PartialResponseWriter;
import jakarta.faces.context.PartialViewContext;
import jakarta.faces.event.PhaseId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a form's post answers when the database cannot be reached before its answer is written. */
class DomainExceptionHandlerTest {

    @Test
    void anAjaxPostAnswersWithItsMessagesOnlyAndLeavesTheFormAsTyped() {
        var partial = new Partial(true, List.of("receive"));
        DomainExceptionHandler.answerWithMessagesOnly(partial);
        // PrimeFaces adds the auto-updated areas (the messages) before the answer is written; nothing else is
        // written again, so the browser keeps what was typed and no choice list is read again
        assertThat(partial.getRenderIds()).isEmpty();
        assertThat(partial.isRenderAll()).isFalse();
    }

    @Test
    void anAjaxPostThatAskedForTheWholePageAnswersWithItsMessagesOnlyToo() {
        var partial = new Partial(true, List.of());
        partial.setRenderAll(true);
        DomainExceptionHandler.answerWithMessagesOnly(partial);
        assertThat(partial.isRenderAll()).isFalse();
        assertThat(partial.getRenderIds()).isEmpty();
    }

    @Test
    void aPlainPostRendersItsPageAgainWithWhatWasTyped() {
        var partial = new Partial(false, List.of());
        DomainExceptionHandler.answerWithMessagesOnly(partial);
        assertThat(partial.isRenderAll()).isFalse();
        assertThat(partial.touched).isFalse();
    }

    /** Mojarra's partial view context as far as the handler uses it: a mutable list of ids to write. */
    private static final class Partial extends PartialViewContext {
        private final boolean ajax;
        private final Collection<String> render;
        private boolean renderAll;
        private boolean touched;

        Partial(boolean ajax, List<String> render) {
            this.ajax = ajax;
            this.render = new ArrayList<>(render);
        }

        @Override
        public Collection<String> getExecuteIds() {
            return List.of();
        }

        @Override
        public Collection<String> getRenderIds() {
            touched = true;
            return render;
        }

        @Override
        public PartialResponseWriter getPartialResponseWriter() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isAjaxRequest() {
            return ajax;
        }

        @Override
        public boolean isPartialRequest() {
            return ajax;
        }

        @Override
        public boolean isExecuteAll() {
            return false;
        }

        @Override
        public boolean isRenderAll() {
            return renderAll;
        }

        @Override
        public void setRenderAll(boolean renderAll) {
            touched = true;
            this.renderAll = renderAll;
        }

        @Override
        public void setPartialRequest(boolean isPartialRequest) {}

        @Override
        public List<String> getEvalScripts() {
            return List.of();
        }

        @Override
        public void release() {}

        @Override
        public void processPartial(PhaseId phaseId) {}
    }
}
