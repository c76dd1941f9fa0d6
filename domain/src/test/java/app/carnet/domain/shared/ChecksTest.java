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

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "06 12 34 56 78, +33612345678",
        "06.12.34.56.78, +33612345678",
        "+33 6 12 34 56 78, +33612345678",
        "+33 (0)6 12 34 56 78, +33612345678",
        "0033 612345678, +33612345678",
        "01-23-45-67-89, +33123456789",
        "+44 20 7946 0958, +442079460958",
        "0041 22 123 45 67, +41221234567"})
    void phone_shouldTakeTheInternationalForm(String typed, String stored) {
        var checks = new Checks();
        assertEquals(stored, checks.phone(typed, "mobilePhone"));
        checks.throwIfAny();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "06 12 34 56", "06 12 34 56 78 9", "+33 12345", "6 12 34 56 78", "06 12 AB 56 78",
        "+0612345678"})
    void phone_shouldRefuseWhatCannotBeDialled(String typed) {
        var checks = new Checks();
        assertNull(checks.phone(typed, "mobilePhone"));
        var e = assertThrows(BusinessException.class, checks::throwIfAny);
        assertEquals(List.of(new Violation("mobilePhone", "validation.phone")), e.violations());
    }

    @Test
    void optionalFields_shouldBeNullWhenLeftEmpty() {
        var checks = new Checks();
        assertNull(checks.phone("  ", "mobilePhone"));
        assertNull(checks.siren("", "siren"));
        assertNull(checks.postalCode(null, "postalCode"));
        assertNull(checks.optionalText(" \n ", 100, "notes", true));
        checks.throwIfAny();
    }

    @Test
    void siren_shouldPassTheLuhnCheck() {
        var checks = new Checks();
        assertEquals("732829320", checks.siren("732 829 320", "siren"));
        assertEquals("356000000", checks.siren("356 000 000", "siren"), "La Poste, the known exception");
        checks.throwIfAny();
        assertNull(checks.siren("732829321", "siren"));
        assertNull(checks.siren("73282932", "siren"));
        var e = assertThrows(BusinessException.class, checks::throwIfAny);
        assertEquals(2, e.violations().size());
    }

    @Test
    void optionalText_shouldKeepLineBreaksOnlyWhereAsked() {
        var checks = new Checks();
        assertEquals("12 rue des Lilas\nBâtiment B",
                checks.optionalText("12 rue des Lilas\r\nBâtiment B ", 200, "address", true));
        checks.throwIfAny();
        assertNull(checks.optionalText("Marié\nou pas", 100, "city", false));
        assertNull(checks.optionalText("x".repeat(201), 200, "address", true));
        var e = assertThrows(BusinessException.class, checks::throwIfAny);
        assertEquals(
                List.of(new Violation("city", "validation.invalid"), new Violation("address", "validation.tooLong")),
                e.violations());
    }

    @Test
    void longText_shouldBeRequiredKeepLineBreaksAndHaveALimit() {
        var checks = new Checks();
        assertEquals("Rappeler\nlundi", checks.longText(" Rappeler\r\nlundi ", 100, "summary"));
        checks.throwIfAny();
        assertNull(checks.longText(" \n ", 100, "summary"));
        assertNull(checks.longText("x".repeat(101), 100, "message"));
        var e = assertThrows(BusinessException.class, checks::throwIfAny);
        assertEquals(
                List.of(new Violation("summary", "validation.required"),
                        new Violation("message", "validation.tooLong")),
                e.violations());
    }

    @Test
    void upToToday_shouldBeTodayWhenEmptyAndNeverLater() {
        var today = java.time.LocalDate.of(2026, 11, 26);
        var checks = new Checks();
        assertEquals(today, checks.upToToday(null, today, "heldOn"));
        assertEquals(today.minusDays(3), checks.upToToday(today.minusDays(3), today, "heldOn"));
        checks.throwIfAny();
        assertNull(checks.upToToday(today.plusDays(1), today, "heldOn"));
        var e = assertThrows(BusinessException.class, checks::throwIfAny);
        assertEquals(List.of(new Violation("heldOn", "health.futureDate")), e.violations());
    }

    @Test
    void postalCode_shouldAcceptFrenchAndForeignCodes() {
        var checks = new Checks();
        assertEquals("75011", checks.postalCode(" 75011 ", "postalCode"));
        assertEquals("SW1A 1AA", checks.postalCode("sw1a 1aa", "postalCode"));
        checks.throwIfAny();
        assertNull(checks.postalCode("75 011 !", "postalCode"));
    }

    @Test
    void email_shouldBeLowerCasedAndStripped() {
        assertEquals("louise.bernard@exemple.fr", new Checks().email(" Louise.Bernard@Exemple.FR ", "email"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"plainaddress", "@exemple.fr", "louise@exemple", "louise@@exemple.fr", "lou ise@exemple.fr"})
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
        assertEquals("validation.password.common",
                assertThrows(BusinessException.class, checks::throwIfAny).messageKey());
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
        assertEquals("validation.password.tooShort",
                assertThrows(BusinessException.class, short11::throwIfAny).messageKey());
        var long129 = new Checks();
        long129.password("a".repeat(129), "password");
        assertEquals("validation.password.tooLong",
                assertThrows(BusinessException.class, long129::throwIfAny).messageKey());
        var ok = new Checks();
        ok.password("a".repeat(128), "password");
        ok.throwIfAny();
    }
}
