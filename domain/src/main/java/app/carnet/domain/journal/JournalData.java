package app.carnet.domain.journal;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.KeptData;
import app.carnet.domain.privacy.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * The personal-data contract for the access journal: who accessed the client's file, when and why. An erasure keeps
 * it: it is the proof of who reached the file, chained so that no line can go, and it holds no personal data beyond
 * the file's number.
 */
@ApplicationScoped
public class JournalData implements PersonalDataHolder {

    @Inject
    JournalRepository journal;
    @Inject
    JournalLines lines;

    @Override
    public Set<String> tables() {
        return Set.of("access_journal");
    }

    @Override
    public void export(long clientId, ClientExport export) {
        export.add("accessJournal",
                lines.of(journal.search(new JournalFilter(clientId, null, null, null), 0, Integer.MAX_VALUE), false));
    }

    @Override
    public List<KeptData> erase(long clientId) {
        return List.of(KeptData.of("access_journal"));
    }
}
