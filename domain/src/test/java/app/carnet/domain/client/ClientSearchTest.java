package app.carnet.domain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.security.BlindIndex;
import app.carnet.domain.security.CarnetKeys;
import app.carnet.domain.security.FieldCipher;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClientSearchTest {

    @BeforeAll
    static void keys() {
        FieldCipher.install(CarnetKeys.generate().cipher());
    }

    @Test
    void namePrefix_shouldBeTheFirstThreeLettersWithoutAccentsSpacesOrDashes() {
        assertEquals("dup", BlindIndex.namePrefix("Dupont-Martin"));
        assertEquals("elo", BlindIndex.namePrefix("Éloïse"));
        assertEquals("del", BlindIndex.namePrefix("de La Tour"));
        assertEquals("li", BlindIndex.namePrefix("Li"));
        assertNull(BlindIndex.namePrefix("  "));
    }

    @Test
    void matches_shouldNeedEveryWordToStartOneOfTheNames() {
        var client = new Client("Dupont-Martin", "Éloïse", "e@d.test", LocalDate.of(1980, 1, 1), "fr", Instant.EPOCH,
                1L);
        assertTrue(client.matches(List.of("dup")));
        assertTrue(client.matches(List.of("elo", "dupont")));
        assertTrue(client.matches(List.of("martin")), "the second part of a double name");
        assertTrue(client.matches(List.of("dupontmar")), "typed without the dash");
        assertFalse(client.matches(List.of("upo")), "a start, not a middle");
        assertFalse(client.matches(List.of("elo", "durand")));
    }
}
