package app.carnet.web.view.portail;

import app.carnet.domain.exchange.MessageLine;
import app.carnet.domain.exchange.PortalMessages;
import app.carnet.domain.shared.BusinessException;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code /portail/messages.xhtml}: the client's conversation with the practice. */
@Named
@ViewScoped
public class PortalMessagesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalMessages messages;

    private List<MessageLine> conversation;
    private String message;

    @PostConstruct
    void load() {
        conversation = messages.mine();
    }

    public void send() {
        try {
            messages.send(message);
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        message = null;
        Messages.info("messages.sent");
        conversation = messages.mine();
    }

    public List<MessageLine> getConversation() {
        return conversation;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
