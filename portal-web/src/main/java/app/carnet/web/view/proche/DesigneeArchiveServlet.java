package app.carnet.web.view.proche;

import app.carnet.domain.shared.BusinessException;
import app.carnet.rights.directive.Designees;
import app.carnet.web.view.FileResponse;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * {@code /proche/archive?jeton=…}: the archive a deceased client's directives communicate to the person they
 * designated (Loi Informatique et Libertés art. 85), once; then the link is refused (410) and the archive is gone.
 */
@WebServlet("/proche/archive")
public class DesigneeArchiveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Designees designees;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var archive = new ByteArrayOutputStream();
        try {
            designees.download(request.getParameter("jeton"), archive);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_GONE);
            return;
        }
        FileResponse.send(response, "carnet-donnees-transmises.zip", "application/zip", archive.toByteArray());
    }
}
