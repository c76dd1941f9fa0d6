package app.carnet.web.view.portail;

import app.carnet.domain.client.ClientPortalService;
import app.carnet.domain.privacy.DataCatalogs;
import app.carnet.domain.privacy.PersonalData;
import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.staff.StaffView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /portail/mes-droits.xhtml}, « Mes données et mes droits »: what Carnet holds about the client and why,
 * read from the registry of every module (so that a module's purposes appear when it comes), who receives the file,
 * and the rights the client exercises themselves. Each right has its own section and backing bean.
 */
@Named
@RequestScoped
public class PortalRightsBacking {

    @Inject
    ClientPortalService portal;

    private List<StaffView> recipients = List.of();

    @PostConstruct
    void load() {
        recipients = portal.sharedWith();
    }

    /** The purposes for which Carnet processes clients' data, in the policy's order. */
    public List<Purpose> getPurposes() {
        Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        DataCatalogs.personalData().stream().filter(PersonalData::aboutClients)
                .forEach(table -> purposes.addAll(table.purposes()));
        return List.copyOf(purposes);
    }

    /** The partners and replacements who receive the client's file, by name. */
    public List<StaffView> getRecipients() {
        return recipients;
    }
}
