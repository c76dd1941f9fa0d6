package app.carnet.rights.catalog;

import app.carnet.domain.privacy.DataCatalog;
import app.carnet.domain.privacy.DataSubject;
import app.carnet.domain.privacy.EmailTemplate;
import app.carnet.domain.privacy.JournalAction;
import app.carnet.domain.privacy.PersonalData;
import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.privacy.SealedColumns;
import app.carnet.rights.directive.DirectiveAction;
import app.carnet.rights.request.RightsEmails;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rights module's part of the registry: its tables (requests, objections, limitations, directives…), their
 * sealed columns, the actions it journals and the emails it sends. Listed in
 * {@code META-INF/services/app.carnet.domain.privacy.DataCatalog}.
 */
public final class RightsDataCatalog implements DataCatalog {

    @Override
    public List<PersonalData> personalData() {
        return List.of(
                // Directives after death (Loi Informatique et Libertés art. 85)
                new PersonalData("directive_version", Set.of(Purpose.P16), Set.of(DataSubject.CLIENT)),
                new PersonalData("client_death", Set.of(Purpose.P16), Set.of(DataSubject.CLIENT)),
                new PersonalData("heirs_request", Set.of(Purpose.P16), Set.of(DataSubject.CLIENT)));
    }

    @Override
    public List<SealedColumns> sealedColumns() {
        return List.of(new SealedColumns("directive_version", List.of("designee_name", "designee_email", "note")),
                new SealedColumns("client_death", List.of("died_on", "learnt_detail", "document", "archive"), 10),
                new SealedColumns("heirs_request", List.of("requester", "detail")));
    }

    @Override
    public List<? extends JournalAction> journalActions() {
        var all = new ArrayList<JournalAction>();
        all.addAll(List.of(DirectiveAction.values()));
        return all;
    }

    @Override
    public List<EmailTemplate> emailTemplates() {
        var all = new ArrayList<EmailTemplate>();
        all.addAll(RightsEmails.ALL);
        return all;
    }
}
