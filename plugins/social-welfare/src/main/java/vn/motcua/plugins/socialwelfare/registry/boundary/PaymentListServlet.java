package vn.motcua.plugins.socialwelfare.registry.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import vn.motcua.plugins.socialwelfare.SocialWelfarePlugin;
import vn.motcua.plugins.socialwelfare.rates.control.Months;
import vn.motcua.spi.context.OfficerContext;
import vn.motcua.spi.registry.RegistryFile;

/**
 * Downloads the monthly payment list: {@code /p/social-welfare/payment-list?month=2027-01}. Under the plugin's
 * path, so the core refuses it (404) where the plugin is not enabled; without the permission it answers 403.
 */
@WebServlet("/p/social-welfare/payment-list")
public class PaymentListServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PaymentLists lists;

    @Inject
    transient OfficerContext officer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!officer.permitted(SocialWelfarePlugin.PAYMENT_EXPORT)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        YearMonth month = Months.parse(request.getParameter("month"));
        if (month == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        // Written whole (to a temporary file) before the answer starts: a failure still answers an error page, not half
        // a file, and however many people the list holds, neither their rows nor the file sit in memory.
        RegistryFile file = lists.download(month);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"chi-tra-tro-cap-" + month + ".xlsx\"");
        file.writeTo(response.getOutputStream());
    }
}
