package app.carnet.web.view.cabinet.clients;

import app.carnet.domain.consultation.ConsultationService;
import app.carnet.domain.consultation.Download;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.web.view.FileResponse;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /cabinet/piece-jointe?id=…}: an attachment of a consultation, for staff who may see the client's file
 * (the service checks it and journals the download). Always a download, never shown in the page's origin.
 */
@WebServlet("/cabinet/piece-jointe")
public class AttachmentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsultationService consultations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Download file;
        try {
            file = consultations.download(FileResponse.id(request.getParameter("id")));
        } catch (NotFoundException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileResponse.send(response, file.fileName(), file.contentType(), file.content());
    }
}
