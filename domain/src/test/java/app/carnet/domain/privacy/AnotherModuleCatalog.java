package app.carnet.domain.privacy;

import java.util.List;
import java.util.Set;

/**
 * A module as billing or rights will be: it brings a table about clients, a sealed column, a journal action and an
 * email of its own, declared here and in its own service file and bundle, and edits nothing of the domain's.
 */
public final class AnotherModuleCatalog implements DataCatalog {

    enum AnotherAction implements JournalAction {
        NOTE_WRITTEN;

        @Override
        public Purpose purpose() {
            return Purpose.P07;
        }
    }

    static final EmailTemplate NOTE_SHARED = new EmailTemplate("app.carnet.domain.privacy.another-emails",
            "noteShared", Purpose.P07);

    @Override
    public List<PersonalData> personalData() {
        return List.of(new PersonalData("another_note", Set.of(Purpose.P07), Set.of(DataSubject.CLIENT)));
    }

    @Override
    public List<SealedColumns> sealedColumns() {
        return List.of(new SealedColumns("another_note", List.of("text")));
    }

    @Override
    public List<AnotherAction> journalActions() {
        return List.of(AnotherAction.values());
    }

    @Override
    public List<EmailTemplate> emailTemplates() {
        return List.of(NOTE_SHARED);
    }
}
