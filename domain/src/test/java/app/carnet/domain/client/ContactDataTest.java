package app.carnet.domain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContactDataTest {

    private static final ContactData BEFORE = new ContactData("1 rue A", "75011", "Paris", "+33612345678", null);

    @Test
    void changedFrom_shouldNameTheFieldsThatChangedInTheFormsOrder() {
        var after = new ContactData("2 rue B", "75011", "Paris", "+33612345678", "+33142000000");
        assertEquals(List.of("address", "otherPhone"), after.changedFrom(BEFORE));
    }

    @Test
    void changedFrom_shouldNameNothingWhenNothingChanged() {
        assertEquals(List.of(), BEFORE.changedFrom(new ContactData("1 rue A", "75011", "Paris", "+33612345678", null)));
    }

    @Test
    void changedFrom_shouldSeeAFieldEmptied() {
        var after = new ContactData("1 rue A", "75011", "Paris", null, null);
        assertEquals(List.of("mobilePhone"), after.changedFrom(BEFORE));
    }
}
