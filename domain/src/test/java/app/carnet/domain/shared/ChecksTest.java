package app.carnet.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

    @Test
    void text_shouldStripAndKeepAValidValue() {
        var checks = new Checks();
        assertEquals("Louise", checks.text("  Louise ", 100, "firstName"));
        checks.throwIfAny();
    }

    @Test
    void throwIfAny_shouldReportEveryProblemWithItsField() {
        var checks = new Checks();
        assertNull(checks.text("   ", 100, "lastName"));
        assertNull(checks.text("x".repeat(101), 100, "firstName"));
        assertNull(checks.text("a\u0000b", 100, "profession"));
        assertNull(checks.email("louise@", "email"));
        var e = assertThrows(BusinessException.class, checks::throwIfAny);
        assertEquals(List.of(new Violation("lastName", "validation.required"),
                new Violation("firstName", "validation.tooLong"), new Violation("profession", "validation.invalid"),
                new Violation("email", "validation.email")), e.violations());
    }

    @Test
    void email_shouldBeLowerCasedAndStripped() {
        assertEquals("louise.bernard@exemple.fr", new Checks().email(" Louise.Bernard@Exemple.FR ", "email"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plainaddress", "@exemple.fr", "louise@exemple", "louise@@exemple.fr", "lou ise@exemple.fr"})
    void email_shouldRefuseWhatIsNotAnAddress(String address) {
        var checks = new Checks();
        assertNull(checks.email(address, "email"));
        assertEquals("validation.email", assertThrows(BusinessException.class, checks::throwIfAny).messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jamesbond007", "123456789qwe", "QWERTY123456"})
    void password_shouldRefuseCommonPasswordsWhateverTheirCase(String common) {
        var checks = new Checks();
        assertNull(checks.password(common, "password"));
        assertEquals("validation.password.common", assertThrows(BusinessException.class, checks::throwIfAny).messageKey());
    }

    @Test
    void password_shouldCountCharactersNotBytes() {
        var checks = new Checks();
        assertEquals("éééééééééééé", checks.password("éééééééééééé", "password"));
        checks.throwIfAny();
    }

    @Test
    void password_shouldNeedTwelveToHundredTwentyEightCharacters() {
        var short11 = new Checks();
        short11.password("a".repeat(11), "password");
        assertEquals("validation.password.tooShort", assertThrows(BusinessException.class, short11::throwIfAny).messageKey());
        var long129 = new Checks();
        long129.password("a".repeat(129), "password");
        assertEquals("validation.password.tooLong", assertThrows(BusinessException.class, long129::throwIfAny).messageKey());
        var ok = new Checks();
        ok.password("a".repeat(128), "password");
        ok.throwIfAny();
    }
}
