package app.carnet.web.view.portail;

import app.carnet.domain.advice.PortalAdvice;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.web.view.FileResponse;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /portail/conseil-pdf?id=…}: the logged-in client's own shared advice as PDF; anyone else's is not found. */
@WebServlet("/portail/conseil-pdf")
public class PortalAdvicePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PortalAdvice advice;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            FileResponse.send(response, "conseils.pdf", "application/pdf",
                    advice.pdf(FileResponse.id(request.getParameter("id"))));
        } catch (NotFoundException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
