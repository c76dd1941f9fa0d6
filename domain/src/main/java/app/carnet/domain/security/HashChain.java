package app.carnet.domain.security;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A chain of records that cannot be changed unseen: each record's hash is an HMAC-SHA256, under the index key kept
 * outside the database and a name of its own ({@code column}), of the previous hash, the record's number and its
 * fields. Whoever can write to the database but does not hold the key cannot change, insert or delete a record
 * without breaking the chain from there on. The access journal is chained so; billing's ledger will be.
 */
public final class HashChain {

    private static final HexFormat HEX = HexFormat.of();

    private final String column;

    /** @param column what is chained ({@code access_journal.chain}): two chains never share their hashes */
    public HashChain(String column) {
        this.column = column;
    }

    /** The hash of record {@code seq} with these fields, after the record whose hash is {@code previous}. */
    public byte[] link(byte[] previous, long seq, String... fields) {
        var parts = new String[fields.length + 2];
        parts[0] = HEX.formatHex(previous);
        parts[1] = Long.toString(seq);
        System.arraycopy(fields, 0, parts, 2, fields.length);
        return Objects.requireNonNull(FieldCipher.current().index(column, String.join("|", parts))); // a text in, a digest out
    }

    /** The hash before the first record. */
    public static byte[] start() {
        return new byte[32];
    }

    /**
     * What a verification found. {@code brokenAt} is the first record that does not follow, or 0; {@code head}
     * names the last record (its number and the start of its hash), for a monitoring job to remember: records
     * deleted at the end, with the head rewritten to match, show only against a head seen before.
     */
    public record Report(long entries, long brokenAt, String head) {

        public boolean intact() {
            return brokenAt == 0;
        }
    }

    /** Follows a chain from its records and their hashes, as read in order from the first. */
    public Walker walker() {
        return new Walker();
    }

    /** Follows the chain record by record. */
    public final class Walker {

        private byte[] previous = start();
        private long expectedSeq = 1;
        private long entries;
        private long brokenAt;

        private Walker() {
        }

        /** @return whether the chain still holds */
        public boolean next(long seq, byte[] hash, String... fields) {
            if (brokenAt != 0) {
                return false;
            }
            entries++;
            byte[] expected = link(previous, expectedSeq, fields);
            if (seq != expectedSeq || !MessageDigest.isEqual(expected, hash)) {
                brokenAt = expectedSeq;
                return false;
            }
            previous = hash;
            expectedSeq++;
            return true;
        }

        /** The head (the last record's number and hash, kept apart) must point at the last record. */
        public Report end(long headSeq, byte[] headHash) {
            if (brokenAt == 0 && (headSeq != expectedSeq - 1 || !MessageDigest.isEqual(headHash, previous))) {
                brokenAt = expectedSeq;
            }
            return new Report(entries, brokenAt, (expectedSeq - 1) + ":" + HEX.formatHex(previous).substring(0, 16));
        }
    }
}
