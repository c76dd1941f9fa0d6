package app.carnet.web.it;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.UUID;
import org.openqa.selenium.By;

/**
 * What booking tests share: the owner sets the practice's hours and rules and creates a service. All tests book
 * with the one practitioner of the shared server, so each books in weeks of its own ({@link #monday}): next week
 * only for slots picked among those still free, the next three days only for the reminders.
 */
public abstract class BookingPages extends BrowserTest {

    /** The Monday of the week {@code weeksAhead} weeks after this one (Paris). */
    protected static java.time.LocalDate monday(int weeksAhead) {
        return app.carnet.domain.shared.Dates.today(java.time.Clock.systemUTC()).plusWeeks(weeksAhead)
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * As the logged-in owner: open every day from 7 h to 21 h, slots every 30 minutes, no notice, bookable 8 weeks
     * ahead, in the given mode; a new service of an hour, bookable online. Returns the service's name.
     */
    protected String setUpBooking(String mode, int cancelNoticeHours) {
        open("/cabinet/prestations.xhtml");
        for (DayOfWeek day : DayOfWeek.values()) {
            type("form:hours-" + day.name().toLowerCase(Locale.ROOT), "7h-21h");
        }
        type("form:bookNoticeHours", "0");
        type("form:cancelNoticeHours", Integer.toString(cancelNoticeHours));
        type("form:horizonDays", "56");
        type("form:stepMinutes", "30");
        browser.findElement(By.cssSelector("label[for='form:mode:" + ("INSTANT".equals(mode) ? "0" : "1") + "']"))
                .click();
        var holidays = find("form:holidaysClosed_input");
        if (holidays.isSelected()) {
            find("form:holidaysClosed").findElement(By.cssSelector(".ui-chkbox-box")).click();
        }
        clickAjax("form:save-policy");
        if (!text("messages").contains("sont enregistrés")) {
            throw new AssertionError("The booking rules were not saved: " + pageText());
        }
        String name = "Bilan " + UUID.randomUUID().toString().substring(0, 6);
        clickAjax("form:new-offering");
        type("form:name", name);
        type("form:durationMinutes", "60");
        type("form:bufferMinutes", "0");
        type("form:price", "55,50");
        clickAjax("form:save-offering");
        if (!text("messages").contains("La prestation est enregistrée.")) {
            throw new AssertionError("The service was not saved: " + pageText());
        }
        return name;
    }

    /** As the logged-in owner, books a service for a client from the client's file, at a Paris day and time. */
    protected void bookFor(long clientId, String service, java.time.LocalDate day, String time) {
        open("/cabinet/clients/fiche.xhtml?id=" + clientId);
        submit("book");
        pick("form:offering", service);
        type("form:day", day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")));
        type("form:time", time);
        clickAjax("form:book");
        if (!text("messages").contains("Le rendez-vous est enregistré")) {
            throw new AssertionError("Not booked: " + pageText());
        }
    }

    /** The events of the agenda's schedule that contain this text, once its lazy load has shown at least one. */
    protected java.util.List<org.openqa.selenium.WebElement> agendaEvents(String containing) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30)).until(d -> {
            var events = d.findElements(By.cssSelector("#form\\:schedule .fc-event")).stream()
                    .filter(e -> e.getText().contains(containing)).toList();
            return events.isEmpty() ? null : events;
        });
    }
}
