package app.carnet.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.security.CarnetKeys;
import app.carnet.domain.security.FieldCipher;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OutgoingEmailTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @BeforeAll
    static void keys() {
        FieldCipher.install(CarnetKeys.generate().cipher());
    }

    @Test
    void sent_shouldDropTheTokenOfLinksFromTheStoredCopy() {
        var email = new OutgoingEmail(null, "a@b.test", Purpose.P18, "Sujet",
                "Ouvrez https://carnet.test/portail/invitation.xhtml?jeton=AbC_d-9 avant lundi.", EmailStatus.PENDING,
                NOW);
        email.sent(NOW);
        assertEquals(EmailStatus.SENT, email.getStatus());
        assertEquals(Purpose.P18, email.getPurpose());
        assertFalse(email.getBody().contains("AbC_d-9"));
        assertTrue(email.getBody().contains("invitation.xhtml?jeton=… avant lundi."));
    }

    @Test
    void view_shouldHideTheTokensOfLinksIntoSomebodyElsesAccountButNotOfInvitations() {
        String shown = OutgoingEmail.asShown("""
                Invitation : https://carnet.test/portail/invitation.xhtml?jeton=Invit-1
                Mot de passe : https://carnet.test/portail/reinitialisation.xhtml?jeton=Reset.2
                Adresse : https://carnet.test/portail/confirmation.xhtml?jeton=Conf_3
                Bienvenue : https://carnet.test/reinitialisation.xhtml?jeton=Welcome4""");
        assertTrue(shown.contains("invitation.xhtml?jeton=Invit-1"), shown);
        for (String token : new String[] {"Reset.2", "Conf_3", "Welcome4"}) {
            assertFalse(shown.contains(token), token);
        }
    }

    @Test
    void failed_shouldWaitLongerEachTimeThenGiveUp() {
        var email = new OutgoingEmail(null, "a@b.test", Purpose.P18, "Sujet", "Texte", EmailStatus.PENDING, NOW);
        assertFalse(email.failed(NOW, 20));
        assertEquals(NOW.plusSeconds(60), email.getNextAttemptAt());
        assertFalse(email.failed(NOW, 20));
        assertEquals(NOW.plusSeconds(120), email.getNextAttemptAt());
        for (int i = 3; i < 20; i++) {
            assertFalse(email.failed(NOW, 20));
        }
        assertEquals(NOW.plusSeconds(6 * 3600), email.getNextAttemptAt(), "at most six hours apart");
        assertTrue(email.failed(NOW, 20));
        assertEquals(EmailStatus.FAILED, email.getStatus());
    }
}
