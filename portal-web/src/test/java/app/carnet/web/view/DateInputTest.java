package app.carnet.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateInputTest {

    @Test
    void parse_shouldReadFrenchDates() {
        assertEquals(new DateInput(LocalDate.of(1985, 3, 14), null), DateInput.parse(" 14/03/1985 "));
        assertEquals(new DateInput(LocalDate.of(1985, 3, 4), null), DateInput.parse("4/3/1985"));
        assertEquals(new DateInput(LocalDate.of(2024, 2, 29), null), DateInput.parse("29/02/2024"));
    }

    @Test
    void joined_shouldPutTheDatesProblemInPlaceOfTheDomainsForItsField() {
        var domain = new BusinessException(List.of(new Violation("birthDate", "validation.required"),
                new Violation("email", "validation.email")));
        assertEquals(List.of(new Violation("email", "validation.email"),
                new Violation("birthDate", "validation.date.impossible")),
                DateInput.parse("31/02/1990").joined(domain, "birthDate").violations());
        assertSame(domain, DateInput.parse("14/03/1985").joined(domain, "birthDate"), "a good date changes nothing");
        assertSame(domain, DateInput.parse(" ").joined(domain, "birthDate"),
                "nor an empty one: required is the domain's");
    }

    @Test
    void parse_shouldTellAnImpossibleDateFromAWrongShape() {
        assertEquals("validation.date.impossible", DateInput.parse("31/02/1990").problem());
        assertEquals("validation.date.impossible", DateInput.parse("29/02/2023").problem());
        assertEquals("validation.date", DateInput.parse("1990-02-03").problem());
        assertEquals("validation.date", DateInput.parse("14 mars 1985").problem());
    }

    @Test
    void parse_shouldLeaveAnEmptyInputToTheRequiredCheck() {
        assertEquals(new DateInput(null, null), DateInput.parse("  "));
    }
}
