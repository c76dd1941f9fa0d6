package app.carnet.web.it.cabinet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The client list: newest first, a page at a time; a search by name, email or phone through the blind indexes. */
class ClientSearchIT extends BrowserTest {

    @Test
    void search_shouldFindByTheStartOfANameByEmailAndByPhone() throws Exception {
        String tag = Long.toString(new Random().nextLong(1L << 40), 36).replaceAll("\\d", "x");
        String lastName = "Cherché" + tag;
        String email = uniqueEmail("cherchee");
        String mobile = String.format("07%08d", new Random().nextInt(100_000_000));
        loginAsOwner();
        long id = createClient(lastName, "Lucie", email, "03/03/1983");
        submit("edit");
        type("form:mobilePhone", mobile);
        submit("form:submit");
        long newest = createClient("Récent" + tag, "Marc", uniqueEmail("recent"), "04/04/1984");

        open("/cabinet/clients/index.xhtml");
        assertEquals(List.of("Récent" + tag), names().subList(0, 1), "newest first");

        for (String search : List.of("cherche" + tag.substring(0, 3), "CHERCHÉ" + tag, "lucie cherche" + tag,
                email.toUpperCase(), "+33 " + mobile.substring(1, 2) + " " + mobile.substring(2),
                mobile.replaceAll("(\\d{2})", "$1."))) {
            search(search);
            assertEquals(List.of(lastName), names(), "found by " + search);
        }
        search("Récent" + tag);
        assertEquals(List.of("Récent" + tag), names());
        search("nobody" + tag);
        assertTrue(text("form:clients").contains("Aucun client ne correspond à cette recherche."));
        search("lu");
        assertTrue(pageText().contains("Saisissez au moins 3 lettres"), pageText());

        open("/cabinet/clients/fiche.xhtml?id=" + id);
        submit("relationship:end");
        open("/cabinet/clients/index.xhtml");
        search(lastName);
        assertEquals(List.of(), names(), "an ended relationship is not listed by default");
        find("form:withEnded").findElement(By.className("ui-chkbox-box")).click();
        search(lastName);
        assertEquals(List.of(lastName), names());
        assertTrue(text("form:clients").contains("(relation terminée)"));
        assertFalse(browser.getCurrentUrl().contains(tag.toLowerCase()) || browser.getCurrentUrl().contains("search"),
                "the search is posted, never in the address");
        assertTrue(newest > id);
    }

    private void search(String text) {
        type("form:search", text);
        clickAjax(find("form:apply"));
    }

    /** The last names in the table's current page. */
    private List<String> names() {
        return find("form:clients").findElements(By.cssSelector("tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
    }
}
