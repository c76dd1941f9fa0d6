package app.carnet.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ThirdPartyLinksTest {

    @Test
    void links_shouldOnlyBeIssuedForThirdPartiesPurposes() {
        assertEquals(EnumSet.of(LinkPurpose.DESIGNEE_CONFIRMATION, LinkPurpose.DESIGNEE_ARCHIVE),
                EnumSet.copyOf(java.util.Arrays.stream(LinkPurpose.values()).filter(LinkPurpose::toThirdParty)
                        .toList()));
        var links = new ThirdPartyLinks(); // no container: the purpose is refused before any link is touched
        for (LinkPurpose purpose : EnumSet.complementOf(EnumSet.of(LinkPurpose.DESIGNEE_CONFIRMATION,
                LinkPurpose.DESIGNEE_ARCHIVE))) {
            assertThrows(IllegalArgumentException.class, () -> links.issue(purpose, "death:1"));
            assertThrows(IllegalArgumentException.class, () -> links.consume(purpose, "token"));
            assertThrows(IllegalArgumentException.class, () -> links.isValid(purpose, "token"));
        }
    }
}
