package app.carnet.web.view.cabinet.droits;

import app.carnet.domain.shared.NotFoundException;
import app.carnet.rights.identity.ProofCopy;
import app.carnet.rights.request.RequestService;
import app.carnet.web.view.FileResponse;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /cabinet/droits/justificatif?id=…}: the copy of a document sent to prove an identity, for the owner to check
 * (journaled), until it is verified and deleted. Always a download.
 */
@WebServlet("/cabinet/droits/justificatif")
public class IdentityCopyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestService requests;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProofCopy copy;
        try {
            copy = requests.identityCopy(FileResponse.id(request.getParameter("id")));
        } catch (NotFoundException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileResponse.send(response, copy.fileName(), copy.contentType(), copy.content());
    }
}
