package app.carnet.rights.catalog;

import app.carnet.domain.privacy.DataCatalog;
import app.carnet.domain.privacy.DataSubject;
import app.carnet.domain.privacy.EmailTemplate;
import app.carnet.domain.privacy.JournalAction;
import app.carnet.domain.privacy.PersonalData;
import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.privacy.SealedColumns;
import app.carnet.rights.data.ExportAction;
import app.carnet.rights.directive.DirectiveAction;
import app.carnet.rights.objection.RestrictionAction;
import app.carnet.rights.request.RequestAction;
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
        // The register of requests (P16) and its identity questions (P16, deleted once verified).
        all.add(new PersonalData("rights_request", Set.of(Purpose.P16), Set.of(DataSubject.CLIENT)));
        all.add(new PersonalData("rights_request_event", Set.of(Purpose.P16), Set.of(DataSubject.CLIENT)));
        all.add(new PersonalData("identity_proof", Set.of(Purpose.P16), Set.of(DataSubject.CLIENT)));
        all.add(new PersonalData("identity_proof_file", Set.of(Purpose.P16), Set.of(DataSubject.CLIENT)));
        // Archives made in the background (art. 15 and 20), until they expire.
        all.add(new PersonalData("prepared_archive", Set.of(Purpose.P16), Set.of(DataSubject.CLIENT)));
        all.add(new PersonalData("prepared_archive_part", Set.of(Purpose.P16), Set.of(DataSubject.CLIENT)));
        // Directives after death (Loi Informatique et Libertés art. 85)
        all.add(new PersonalData("directive_version", Set.of(Purpose.P16), Set.of(DataSubject.CLIENT)));
        all.add(new PersonalData("client_death", Set.of(Purpose.P16), Set.of(DataSubject.CLIENT)));
        all.add(new PersonalData("heirs_request", Set.of(Purpose.P16), Set.of(DataSubject.CLIENT)));
        all.add(new PersonalData("rights_objection_change", Set.of(Purpose.P16), Set.of(DataSubject.CLIENT)));
        all.add(new PersonalData("rights_limitation", Set.of(Purpose.P16), Set.of(DataSubject.CLIENT)));
        return all;
    }

    @Override
    public List<SealedColumns> sealedColumns() {
        var all = new ArrayList<SealedColumns>();
        all.add(new SealedColumns("rights_request", List.of("asked", "extension_reasons", "answer")));
        all.add(new SealedColumns("rights_request_event", List.of("detail")));
        all.add(new SealedColumns("identity_proof", List.of("doubt", "question", "answer")));
        all.add(new SealedColumns("identity_proof_file", List.of("content"), 5));
        all.add(new SealedColumns("prepared_archive_part", List.of("content"), 2));
        all.add(new SealedColumns("directive_version", List.of("designee_name", "designee_email", "note")));
        all.add(new SealedColumns("client_death", List.of("died_on", "learnt_detail", "document", "archive"), 10));
        all.add(new SealedColumns("heirs_request", List.of("requester", "detail")));
        all.add(new SealedColumns("rights_limitation", List.of("reason")));
        return all;
    }

    @Override
    public List<? extends JournalAction> journalActions() {
        var all = new ArrayList<JournalAction>();
        all.addAll(List.of(RequestAction.values()));
        all.addAll(List.of(DirectiveAction.values()));
        all.addAll(List.of(RestrictionAction.values()));
        all.addAll(List.of(ExportAction.values()));
        return all;
    }

    @Override
    public List<EmailTemplate> emailTemplates() {
        var all = new ArrayList<EmailTemplate>();
        all.addAll(RightsEmails.ALL);
        return all;
    }
}
