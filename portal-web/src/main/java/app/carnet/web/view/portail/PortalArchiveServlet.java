package app.carnet.web.view.portail;

import app.carnet.domain.privacy.ClientExport.Scope;
import app.carnet.rights.data.PortalData;
import app.carnet.web.view.FileResponse;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /portail/mes-donnees?archive=acces|portabilite}: the logged-in client's own archive, streamed as it is
 * written (GDPR art. 15 and 20); {@code ?preparee=<id>}: one made in the background, while it is offered (410
 * afterwards). Journaled by {@link PortalData}.
 */
@WebServlet("/portail/mes-donnees")
public class PortalArchiveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PortalData data;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("preparee") != null) {
            prepared(FileResponse.id(request.getParameter("preparee")), response);
            return;
        }
        Scope scope = switch (String.valueOf(request.getParameter("archive"))) {
            case "acces" -> Scope.ACCESS;
            case "portabilite" -> Scope.PORTABILITY;
            default -> null;
        };
        if (scope == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            data.archive(scope, FileResponse.start(response, data.fileName(scope), "application/zip"));
        } catch (EJBAccessException e) {
            response.reset(); // nothing was written: the check comes first
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void prepared(long id, HttpServletResponse response) throws IOException {
        try {
            var name = data.preparedFileName(id);
            if (name.isEmpty()) {
                response.sendError(HttpServletResponse.SC_GONE); // not theirs, or no longer offered: the same answer
                return;
            }
            if (!data.writePrepared(id, FileResponse.start(response, name.get(), "application/zip"))) {
                response.reset(); // it expired in between: nothing was written
                response.sendError(HttpServletResponse.SC_GONE);
            }
        } catch (EJBAccessException e) {
            response.reset();
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
