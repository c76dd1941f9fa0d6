package app.carnet.web.view.cabinet.clients;

import app.carnet.domain.shared.NotFoundException;
import app.carnet.rights.data.ClientDataService;
import app.carnet.web.view.FileResponse;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /cabinet/export-donnees?id=…}: everything Carnet holds about a client as a ZIP archive, for an access or
 * portability request (owner only, journaled). The file's name holds the file number, not the client's name.
 */
@WebServlet("/cabinet/export-donnees")
public class ClientExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClientDataService data;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = FileResponse.id(request.getParameter("id"));
        try {
            data.export(id, FileResponse.start(response, "carnet-dossier-" + id + ".zip", "application/zip"));
        } catch (NotFoundException | EJBAccessException e) {
            response.reset(); // nothing was written: the check comes first
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
