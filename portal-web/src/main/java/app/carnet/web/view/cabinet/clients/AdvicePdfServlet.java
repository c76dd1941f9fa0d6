package app.carnet.web.view.cabinet.clients;

import app.carnet.domain.advice.AdviceService;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.web.view.FileResponse;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /cabinet/conseil-pdf?id=…}: advice as its client receives it, for staff who may see the file (journaled). */
@WebServlet("/cabinet/conseil-pdf")
public class AdvicePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AdviceService advice;

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
