package app.carnet.domain.account;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.client.NewClient;
import jakarta.ejb.Asynchronous;
import org.junit.jupiter.api.Test;

/**
 * The forms that must not tell whether an address is known answer before the work that differs between the
 * two cases (looking the account up, writing the link and the email) is done: timing cannot be measured in
 * a test on a shared machine, so the structure that makes it equal is what is checked.
 */
class UnknownAddressTimingTest {

    @Test
    void forgottenPassword_shouldRunAfterTheAnswer() throws Exception {
        assertTrue(PasswordResetService.class.getMethod("deliver", Realm.class, String.class)
                .isAnnotationPresent(Asynchronous.class));
    }

    @Test
    void registration_shouldDeliverAfterTheAnswer() throws Exception {
        assertTrue(RegistrationService.class.getMethod("deliver", NewClient.class)
                .isAnnotationPresent(Asynchronous.class));
    }
}
