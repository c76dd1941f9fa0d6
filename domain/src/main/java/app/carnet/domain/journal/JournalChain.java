package app.carnet.domain.journal;

import app.carnet.domain.security.HashChain;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The journal's chain ({@link HashChain}): each entry's hash covers the previous one and the entry's own fields
 * (when, who, which client, what and why).
 */
public final class JournalChain {

    private static final HashChain CHAIN = new HashChain("access_journal.chain");

    private JournalChain() {
    }

    static byte[] link(byte[] previous, long seq, Instant at, String actor, long clientId, String action,
            String purpose) {
        return CHAIN.link(previous, seq, at.toString(), actor, Long.toString(clientId), action, purpose);
    }

    /** Follows the journal's chain from its entries, as read in order. */
    static final class Walker {

        private final HashChain.Walker chain = CHAIN.walker();

        /** @return whether the chain still holds */
        boolean next(long seq, Instant at, String actor, long clientId, String action, String purpose, byte[] hash) {
            return chain.next(seq, hash, at.toString(), actor, Long.toString(clientId), action, purpose);
        }

        /** The head must point at the last entry: a deleted tail is a break too. */
        HashChain.Report end(long headSeq, byte[] headHash) {
            return chain.end(headSeq, headHash);
        }
    }

    /** Verifies the whole journal through JDBC (for {@link JournalVerifyCommand}; the server uses JPA). */
    static HashChain.Report verify(Connection connection) throws SQLException {
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
