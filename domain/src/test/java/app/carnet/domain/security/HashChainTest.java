package app.carnet.domain.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HashChainTest {

    @BeforeAll
    static void keys() {
        FieldCipher.install(CarnetKeys.generate().cipher());
    }

    /** The input the access journal has always chained: journals written before the extraction still verify. */
    @Test
    void link_shouldHashThePreviousHashTheNumberAndTheFieldsInOrder() {
        byte[] previous = new byte[32];
        Arrays.fill(previous, (byte) 7);
        byte[] expected = FieldCipher.current().index("access_journal.chain",
                HexFormat.of().formatHex(previous) + "|3|2026-12-03T10:00:00Z|staff:1|42|FILE_READ|P01");
        assertArrayEquals(expected, new HashChain("access_journal.chain").link(previous, 3, "2026-12-03T10:00:00Z",
                "staff:1", "42", "FILE_READ", "P01"));
    }

    @Test
    void link_shouldDifferFromOneChainToAnother() {
        byte[] journal = new HashChain("access_journal.chain").link(HashChain.start(), 1, "x");
        byte[] ledger = new HashChain("ledger.chain").link(HashChain.start(), 1, "x");
        assertFalse(Arrays.equals(journal, ledger));
    }

    @Test
    void walker_shouldFollowAChainAndFindAChangedRecord() {
        var chain = new HashChain("ledger.chain");
        byte[] first = chain.link(HashChain.start(), 1, "60.00");
        byte[] second = chain.link(first, 2, "40.00");
        var walker = chain.walker();
        assertTrue(walker.next(1, first, "60.00") && walker.next(2, second, "40.00"));
        assertTrue(walker.end(2, second).intact());

        var changed = chain.walker();
        assertTrue(changed.next(1, first, "60.00"));
        assertFalse(changed.next(2, second, "4000.00"));
        assertEquals(2, changed.end(2, second).brokenAt());
    }
}
