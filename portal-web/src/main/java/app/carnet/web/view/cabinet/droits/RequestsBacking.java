package app.carnet.web.view.cabinet.droits;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientSummary;
import app.carnet.domain.shared.BusinessException;
import app.carnet.rights.request.NewRequest;
import app.carnet.rights.request.RequestChannel;
import app.carnet.rights.request.RequestLine;
import app.carnet.rights.request.RequestService;
import app.carnet.rights.request.RequestType;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /cabinet/droits/index.xhtml}, « Demandes d'exercice des droits »: the register, and a request received by
 * email, letter or call to record (the client found by a search, as in the client list).
 */
@Named
@ViewScoped
public class RequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestService requests;
    @Inject
    ClientService clients;

    private List<RequestLine> register;
    private String search;
    private List<ClientSummary> found = List.of();
    private Long clientId;
    private RequestType type;
    private RequestChannel channel;
    private LocalDate receivedOn;
    private String asked;

    @PostConstruct
    void load() {
        register = requests.register();
    }

    public void findClients() {
        try {
            found = clients.find(search, true, 0, 20).lines();
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        clientId = found.size() == 1 ? found.getFirst().id() : null;
        if (found.isEmpty()) {
            Messages.error("search", "rights.register.noClient");
        }
    }

    public String record() {
        long id;
        try {
            id = requests.record(new NewRequest(clientId, type, channel, receivedOn, asked));
        } catch (BusinessException e) {
            Messages.show(e);
            return null;
        }
        Messages.flash("rights.register.recorded");
        return "/cabinet/droits/demande.xhtml?faces-redirect=true&id=" + id;
    }

    public List<RequestLine> getRegister() {
        return register;
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public List<RequestChannel> getChannels() {
        return List.of(RequestChannel.EMAIL, RequestChannel.LETTER, RequestChannel.CALL);
    }

    public List<ClientSummary> getFound() {
        return found;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public RequestChannel getChannel() {
        return channel;
    }

    public void setChannel(RequestChannel channel) {
        this.channel = channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getAsked() {
        return asked;
    }

    public void setAsked(String asked) {
        this.asked = asked;
    }
}
