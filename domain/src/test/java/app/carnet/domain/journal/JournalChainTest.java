package app.carnet.domain.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.security.CarnetKeys;
import app.carnet.domain.security.FieldCipher;
import app.carnet.domain.security.HashChain;
import app.carnet.domain.shared.FileAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JournalChainTest {

    /** A journal row as the database holds it. */
    private record Row(long seq, Instant at, String actor, long clientId, String action, String purpose, byte[] hash) {

        static Row of(JournalEntry e) {
            return new Row(e.getSeq(), e.getAt(), e.getActor(), e.getClientId(), e.getAction(), e.getPurpose(),
                    e.getChainHash());
        }
    }

    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00.123456Z");
    private final FieldCipher key = CarnetKeys.generate().cipher();
    private final List<Row> rows = new ArrayList<>();

    @BeforeEach
    void fiveEntries() {
        FieldCipher.install(key);
        byte[] previous = new byte[32];
        for (int i = 1; i <= 5; i++) {
            var entry = new JournalEntry(i, T0.plusSeconds(i), "staff:1", 10 + i, FileAction.FILE_READ, previous);
            rows.add(Row.of(entry));
            previous = entry.getChainHash();
        }
    }

    @Test
    void verify_shouldFindAnUntouchedChainIntact() {
        var report = walk(rows);
        assertTrue(report.intact());
        assertEquals(5, report.entries());
    }

    @Test
    void verify_shouldFindAChangedEntry() {
        Row third = rows.get(2);
        rows.set(2, new Row(3, third.at(), "staff:2", third.clientId(), third.action(), third.purpose(), third.hash()));
        assertEquals(3, walk(rows).brokenAt());
        rows.set(2, new Row(3, third.at(), third.actor(), 99, third.action(), third.purpose(), third.hash()));
        assertEquals(3, walk(rows).brokenAt());
        rows.set(2, new Row(3, third.at().plusSeconds(3600), third.actor(), third.clientId(), third.action(),
                third.purpose(), third.hash()));
        assertEquals(3, walk(rows).brokenAt());
    }

    @Test
    void verify_shouldFindADeletedEntryAndADeletedTail() {
        var deleted = new ArrayList<>(rows);
        deleted.remove(1);
        assertEquals(2, walk(deleted, 5, rows.get(4).hash()).brokenAt());
        var tail = new ArrayList<>(rows.subList(0, 4));
        assertEquals(5, walk(tail, 5, rows.get(4).hash()).brokenAt(), "the head still points at entry 5");
    }

    @Test
    void verify_shouldRefuseAnEntryAddedWithoutTheKey() {
        FieldCipher.install(CarnetKeys.generate().cipher()); // whoever writes to the database without the key file
        var forged = new JournalEntry(6, T0.plusSeconds(6), "staff:1", 42, FileAction.FILE_READ, rows.get(4).hash());
        rows.add(Row.of(forged));
        FieldCipher.install(key);
        assertEquals(6, walk(rows, 6, forged.getChainHash()).brokenAt());
    }

    private HashChain.Report walk(List<Row> list) {
        return walk(list, list.get(list.size() - 1).seq(), list.get(list.size() - 1).hash());
    }

    private static HashChain.Report walk(List<Row> list, long headSeq, byte[] headHash) {
        var walker = new JournalChain.Walker();
        for (Row r : list) {
            if (!walker.next(r.seq(), r.at(), r.actor(), r.clientId(), r.action(), r.purpose(), r.hash())) {
                break;
            }
        }
        return walker.end(headSeq, headHash);
    }
}
