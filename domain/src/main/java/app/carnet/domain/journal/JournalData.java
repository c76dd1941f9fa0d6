package app.carnet.domain.journal;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.ErasureHold;
import app.carnet.domain.privacy.Hold;
import app.carnet.domain.privacy.KeptData;
import app.carnet.domain.privacy.PersonalDataHolder;
import app.carnet.domain.privacy.Purpose;
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
public class JournalData implements PersonalDataHolder, ErasureHold {

    @Inject
    JournalRepository journal;
    @Inject
    JournalLines lines;

    /** The journal is kept whole, whoever asks (the first {@link ErasureHold}); its retention period comes later. */
    @Override
    public List<Hold> holds(long clientId) {
        return List.of(new Hold("access_journal", "privacy.kept.access_journal", Purpose.P17, null));
    }

    @Override
    public Set<String> tables() {
        return Set.of("access_journal");
    }

    @Override
    public void export(long clientId, ClientExport export) {
        // Who consulted the file, when and why: the access archive (art. 15(1)(c); law.md C-R3), not portability.
        export.add("accessJournal",
                lines.of(journal.search(new JournalFilter(clientId, null, null, null), 0, Integer.MAX_VALUE), false));
    }

    @Override
    public List<KeptData> erase(long clientId) {
        return List.of(KeptData.of("access_journal"));
    }
}
