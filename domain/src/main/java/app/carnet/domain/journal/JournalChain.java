package app.carnet.domain.journal;

import app.carnet.domain.security.FieldCipher;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * The journal's chain: each entry's hash is an HMAC-SHA256, under the index key kept outside the database,
 * of the previous hash and of the entry's own fields. Whoever can write to the database but does not hold
 * the key cannot change, insert or delete an entry without breaking the chain from there on.
 */
public final class JournalChain {

    static final String COLUMN = "access_journal.chain";
    private static final HexFormat HEX = HexFormat.of();

    private JournalChain() {
    }

    static byte[] link(byte[] previous, long seq, Instant at, String actor, long clientId, String action, String purpose) {
        String fields = String.join("|", HEX.formatHex(previous), Long.toString(seq), at.toString(), actor,
                Long.toString(clientId), action, purpose);
        return FieldCipher.current().index(COLUMN, fields);
    }

    /**
     * What a verification found. {@code brokenAt} is the first entry that does not follow, or 0; {@code head}
     * names the last entry (its number and the start of its hash), for a monitoring job to remember: entries
     * deleted at the end, with the head row rewritten to match, show only against a head seen before.
     */
    public record Report(long entries, long brokenAt, String head) {

        public boolean intact() {
            return brokenAt == 0;
        }
    }

    /** Follows the chain from a sequence of entries and their hashes, as read in order. */
    static final class Walker {

        private byte[] previous = new byte[32];
        private long expectedSeq = 1;
        private long entries;
        private long brokenAt;

        /** @return whether the chain still holds */
        boolean next(long seq, Instant at, String actor, long clientId, String action, String purpose, byte[] hash) {
            if (brokenAt != 0) {
                return false;
            }
            entries++;
            byte[] expected = link(previous, expectedSeq, at, actor, clientId, action, purpose);
            if (seq != expectedSeq || !MessageDigest.isEqual(expected, hash)) {
                brokenAt = expectedSeq;
                return false;
            }
            previous = hash;
            expectedSeq++;
            return true;
        }

        /** The head must point at the last entry: a deleted tail is a break too. */
        Report end(long headSeq, byte[] headHash) {
            if (brokenAt == 0 && (headSeq != expectedSeq - 1 || !MessageDigest.isEqual(headHash, previous))) {
                brokenAt = expectedSeq;
            }
            return new Report(entries, brokenAt, (expectedSeq - 1) + ":" + HEX.formatHex(previous).substring(0, 16));
        }
    }

    /** Verifies the whole journal through JDBC (the verification command; the server uses JPA). */
    public static Report verify(Connection connection) throws SQLException {
        var walker = new Walker();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT seq, at, actor, client_id, action, purpose, chain_hash FROM access_journal ORDER BY seq")) {
            while (rows.next()) {
                Instant instant = rows.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                if (!walker.next(rows.getLong(1), instant, rows.getString(3), rows.getLong(4), rows.getString(5),
                        rows.getString(6), rows.getBytes(7))) {
                    break;
                }
            }
        }
        try (var statement = connection.createStatement();
                var head = statement.executeQuery("SELECT last_seq, last_hash FROM journal_head WHERE id = 1")) {
            head.next();
            return walker.end(head.getLong(1), head.getBytes(2));
        }
    }
}
