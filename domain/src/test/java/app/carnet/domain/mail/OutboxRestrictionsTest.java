package app.carnet.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.carnet.domain.privacy.DataCatalogs;
import app.carnet.domain.privacy.EmailTemplate;
import app.carnet.domain.privacy.ProcessingRestrictions;
import app.carnet.domain.privacy.Purpose;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The outbox honours objections (GDPR art. 21) and limitations (art. 18) for every email a module declares, and for a
 * template of every purpose (so that a purpose with no email yet, such as the communications P11, is covered too).
 */
class OutboxRestrictionsTest {

    private static final long CLIENT = 7;
    private static final long OTHER = 8;

    @Test
    void everyTemplate_shouldBeRefusedToAClientWhoObjectedToItsPurpose() {
        assertFalse(DataCatalogs.emailTemplates().isEmpty());
        for (EmailTemplate template : DataCatalogs.emailTemplates()) {
            var objected = new Restrictions(Set.of(template.purpose()), false);
            assertNotNull(Outbox.refusal(objected, CLIENT, template), template.name());
            assertNull(Outbox.refusal(objected, OTHER, template), template.name() + " still goes to the others");
            assertNull(Outbox.refusal(new Restrictions(Set.of(), false), CLIENT, template), template.name());
        }
    }

    @Test
    void everyPurpose_shouldStopWhenObjectedOnly() {
        for (Purpose purpose : Purpose.values()) {
            var template = new EmailTemplate("test", "t" + purpose, purpose);
            assertNotNull(Outbox.refusal(new Restrictions(Set.of(purpose), false), CLIENT, template));
            for (Purpose other : Purpose.values()) {
                if (other != purpose) {
                    assertNull(Outbox.refusal(new Restrictions(Set.of(other), false), CLIENT, template),
                            purpose + " is not stopped by an objection to " + other);
                }
            }
        }
    }

    @Test
    void limitedClient_shouldGetOnlyEmailsAboutTheirRequestsAndSecurity() {
        var limited = new Restrictions(Set.of(), true);
        for (EmailTemplate template : DataCatalogs.emailTemplates()) {
            boolean goes = Outbox.refusal(limited, CLIENT, template) == null;
            assertEquals(template.purpose() == Purpose.P16 || template.purpose() == Purpose.P18, goes,
                    template.name());
        }
        assertNull(Outbox.refusal(limited, CLIENT, new EmailTemplate("test", "request", Purpose.P16)));
        assertNotNull(Outbox.refusal(limited, CLIENT, DomainEmails.APPOINTMENT_REMINDER));
        assertNull(Outbox.refusal(limited, CLIENT, DomainEmails.PASSWORD_RESET));
    }

    @Test
    void deceasedClient_shouldGetNoEmailAtAll() {
        var died = new ProcessingRestrictions() {
            @Override
            public boolean deceased(long clientId) {
                return clientId == CLIENT;
            }

            @Override
            public boolean objected(long clientId, Purpose purpose) {
                return false;
            }

            @Override
            public boolean limited(long clientId) {
                return false;
            }

            @Override
            public Set<Long> objectors(Purpose purpose) {
                return Set.of();
            }
        };
        for (Purpose purpose : Purpose.values()) {
            var template = new EmailTemplate("test", "t" + purpose, purpose);
            assertNotNull(Outbox.refusal(died, CLIENT, template), purpose + ", even about requests or security");
            assertNull(Outbox.refusal(died, OTHER, template), purpose + " still goes to the others");
        }
        for (EmailTemplate template : DataCatalogs.emailTemplates()) {
            assertNotNull(Outbox.refusal(died, CLIENT, template), template.name());
        }
    }

    /** The restrictions of {@link #CLIENT} only. */
    private record Restrictions(Set<Purpose> objections, boolean limitation) implements ProcessingRestrictions {

        @Override
        public boolean objected(long clientId, Purpose purpose) {
            return clientId == CLIENT && objections.contains(purpose);
        }

        @Override
        public boolean limited(long clientId) {
            return clientId == CLIENT && limitation;
        }

        @Override
        public Set<Long> objectors(Purpose purpose) {
            return objections.contains(purpose) ? Set.of(CLIENT) : Set.of();
        }
    }
}
