package app.carnet.domain.exchange;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.KeptData;
import app.carnet.domain.privacy.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/** The personal-data contract for exchanges: the log of calls, letters and emails, and the messages. */
@ApplicationScoped
public class ExchangeData implements PersonalDataHolder {

    @Inject
    ExchangeRepository exchanges;

    @Override
    public Set<String> tables() {
        return Set.of("incoming_contact", "message");
    }

    @Override
    public void export(long clientId, ClientExport export) {
        export.add("incomingContacts", exchanges.incoming(clientId).stream().map(IncomingContact::line).toList());
        // Art. 20: the messages the client wrote, not the practice's answers.
        export.provided("messages", exchanges.messages(clientId).stream().map(Message::line).toList(),
                m -> m.author() == Author.CLIENT, "id", "author", "body", "sentAt");
    }

    @Override
    public List<KeptData> erase(long clientId) {
        exchanges.incoming(clientId).forEach(exchanges::delete);
        exchanges.messages(clientId).forEach(exchanges::delete);
        return List.of();
    }
}
