package app.carnet.web.view.cabinet.clients;

import app.carnet.domain.consultation.ConsultationService;
import app.carnet.domain.shared.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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
        long id;
        try {
            id = Long.parseLong(request.getParameter("id") == null ? "" : request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        app.carnet.domain.consultation.Download file;
        try {
            file = consultations.download(id);
        } catch (NotFoundException | jakarta.ejb.EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + asciiName(file.fileName())
                + "\"; filename*=UTF-8''" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.getOutputStream().write(file.content());
    }

    /** The name for browsers that read only {@code filename}: ASCII, without quotes. */
    static String asciiName(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
    }
}
