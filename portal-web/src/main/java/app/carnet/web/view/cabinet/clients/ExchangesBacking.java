package app.carnet.web.view.cabinet.clients;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientView;
import app.carnet.domain.exchange.Channel;
import app.carnet.domain.exchange.ExchangeService;
import app.carnet.domain.exchange.IncomingLine;
import app.carnet.domain.exchange.MessageLine;
import app.carnet.domain.exchange.NewIncoming;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.web.view.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /cabinet/clients/echanges.xhtml?id=…}: a client's incoming calls, letters and emails, and the conversation
 * of the portal's secure messaging.
 */
@Named
@ViewScoped
public class ExchangesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExchangeService exchanges;
    @Inject
    ClientService clients;

    private String id;
    private long clientId;
    private ClientView client;
    private List<IncomingLine> incoming = List.of();
    private List<MessageLine> conversation = List.of();

    private Channel channel = Channel.CALL;
    private LocalDate day;
    private String time;
    private String summary;
    private String followUp;
    private String reply;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            clientId = Long.parseLong(id == null ? "" : id);
            client = clients.get(clientId);
            reload();
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void log() {
        try {
            exchanges.log(clientId, new NewIncoming(day, time, channel, summary, followUp));
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        day = null;
        time = null;
        summary = null;
        followUp = null;
        Messages.info("exchanges.logged");
        reload();
    }

    public void done(long incomingId) {
        exchanges.done(incomingId);
        reload();
    }

    public void send() {
        try {
            exchanges.reply(clientId, reply);
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        reply = null;
        Messages.info("messages.sent");
        reload();
    }

    private void reload() {
        incoming = exchanges.incoming(clientId);
        conversation = exchanges.conversation(clientId);
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public ClientView getClient() {
        return client;
    }

    public long getClientId() {
        return clientId;
    }

    public List<IncomingLine> getIncoming() {
        return incoming;
    }

    public List<MessageLine> getConversation() {
        return conversation;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
