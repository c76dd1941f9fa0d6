package app.carnet.web.it.portail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BookingPages;
import app.carnet.web.it.Mailbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A new visitor books from the practice's home page: picks a service and a slot, creates a client area on the way
 * (the address verified by a signed link), logs in, and finds the slot waiting, ready to confirm.
 */
class VisitorBookingIT extends BookingPages {

    private static final String PASSWORD = "je réserve en passant";

    @Test
    void visitor_shouldBookAndCreateAnAccountOnTheWay() throws Exception {
        String email = uniqueEmail("visiteuse");
        loginAsOwner();
        String service = setUpBooking("INSTANT", 0);
        browser.manage().deleteAllCookies();

        long offering = env.queryLong("SELECT id FROM offering WHERE name = ?", service);
        for (String week : new String[] {"1000-01-06", "+999999999-12-27", "2026-02-30"}) {
            open("/portail/reserver.xhtml?prestation=" + offering + "&semaine=" + week);
            assertTrue(pageText().contains("Semaine du") || pageText().contains("Page introuvable"),
                    "a week out of reach is the nearest bookable one, or not found: " + pageText());
            assertTrue(!pageText().contains("Une erreur inattendue"), week);
        }

        open("/");
        submit("to-booking");
        clickAjax(browser.findElement(By.xpath("//button[contains(., '" + service + "')]")));
        clickAjax("form:next-week");
        var slot = browser.findElements(By.cssSelector("button.slot")).get(2);
        String chosen = slot.getAttribute("data-slot");
        clickAjax(slot);
        assertTrue(text("form:visitor-hint").contains("créez-le"), pageText());
        submit("form:confirm");
        assertEquals("/portail/connexion.xhtml", path());
        assertTrue(text("messages").contains("connectez-vous ou créez votre espace client"), text("messages"));

        submit("form:register");
        register("Passante", "Inès", email, "09/09/1999");
        browser.get(Mailbox.firstLink(new Mailbox(env.mail()).awaitMessage(email, 1)));
        waitForAjax();
        choosePassword(PASSWORD, PASSWORD);
        loginAsClient(email, PASSWORD);
        assertEquals("/portail/reserver.xhtml", path(), "the chosen slot, waiting");
        String address = java.net.URLDecoder.decode(browser.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(address.contains("creneau=" + chosen), address);
        assertTrue(text("chosen").contains(service), text("chosen"));
        submit("form:confirm");
        assertTrue(text("messages").contains("Votre rendez-vous est confirmé"), text("messages"));
        assertTrue(text("upcoming").contains(service), text("upcoming"));
        assertTrue(new Mailbox(env.mail()).awaitMessage(email, 2).getSubject().startsWith("Rendez-vous confirmé"));

        loginAsClient(email, PASSWORD);
        assertEquals("/portail/index.xhtml", path(), "the slot was taken once: the next login goes home");
    }
}
