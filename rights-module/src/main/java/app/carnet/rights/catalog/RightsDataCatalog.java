package app.carnet.rights.catalog;

import app.carnet.domain.privacy.DataCatalog;
import app.carnet.domain.privacy.DataSubject;
import app.carnet.domain.privacy.EmailTemplate;
import app.carnet.domain.privacy.JournalAction;
import app.carnet.domain.privacy.PersonalData;
import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.privacy.SealedColumns;
import app.carnet.rights.objection.RestrictionAction;
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
        var all = new ArrayList<PersonalData>();
        all.add(new PersonalData("rights_objection_change", Set.of(Purpose.P16), Set.of(DataSubject.CLIENT)));
        all.add(new PersonalData("rights_limitation", Set.of(Purpose.P16), Set.of(DataSubject.CLIENT)));
        return all;
    }

    @Override
    public List<SealedColumns> sealedColumns() {
        var all = new ArrayList<SealedColumns>();
        all.add(new SealedColumns("rights_limitation", List.of("reason")));
        return all;
    }

    @Override
    public List<? extends JournalAction> journalActions() {
        var all = new ArrayList<JournalAction>();
        all.addAll(List.of(RestrictionAction.values()));
        return all;
    }

    @Override
    public List<EmailTemplate> emailTemplates() {
        var all = new ArrayList<EmailTemplate>();
        all.addAll(RightsEmails.ALL);
        return all;
    }
}
