package vn.motcua.tools.ceiling;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;

/** The trivial JSF page's one bean. */
@Named
@RequestScoped
public class CeilingView {

    public String getNow() {
        return LocalDateTime.now().toString();
    }
}
