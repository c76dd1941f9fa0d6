package app.carnet.web.view;

import app.carnet.domain.consultation.Upload;
import app.carnet.domain.shared.BusinessException;
import app.carnet.rights.identity.IdentityProofService;
import app.carnet.rights.identity.ProofKind;
import app.carnet.rights.identity.ProofQuestion;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * {@code /justificatif.xhtml?jeton=…}, open without logging in: the person who made a rights request answers the
 * practitioner's identity question once, with information or a copy of a document.
 */
@Named
@ViewScoped
public class IdentityProofBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IdentityProofService proofs;

    private String token;
    private ProofQuestion question;
    private boolean done;
    private String answer;
    private ProofKind kind;
    private transient Part file;

    public void load() {
        question = proofs.question(token).orElse(null);
    }

    public void sendAnswer() {
        try {
            proofs.answer(token, answer);
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        done = true;
    }

    public void sendCopy() {
        byte[] content = new byte[0];
        if (file != null) {
            try (InputStream in = file.getInputStream()) {
                // One byte more than allowed is enough to refuse: a larger file is never read whole.
                content = in.readNBytes(IdentityProofService.MAX_BYTES + 1);
            } catch (IOException e) {
                Messages.error("file", "rights.identity.file.empty");
                return;
            }
        }
        try {
            proofs.upload(token, kind, new Upload(file == null ? "" : file.getSubmittedFileName(), content));
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        done = true;
    }

    public ProofQuestion getQuestion() {
        return question;
    }

    public boolean isDone() {
        return done;
    }

    public ProofKind[] getKinds() {
        return ProofKind.values();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public ProofKind getKind() {
        return kind;
    }

    public void setKind(ProofKind kind) {
        this.kind = kind;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
