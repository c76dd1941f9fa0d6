package app.carnet.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.privacy.DataCatalogs;
import app.carnet.domain.privacy.SealedColumns;
import app.carnet.web.it.BookingPages;
import app.carnet.web.it.Mailbox;
import app.carnet.web.it.TestEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A stolen database is useless without the keys: canary values typed into every personal field are
 * nowhere in a {@code mariadb-dump} of Carnet's database, while Carnet itself shows them.
 */
class EncryptionAtRestIT extends BookingPages {

    @Test
    void dump_shouldHoldNoCanaryOfAnyPersonalField() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String lastName = "Canarilastname" + tag;
        String firstName = "Canarifirstname" + tag;
        String email = "canari." + tag + "@canari.test";
        loginAsOwner();
        long id = createClient(lastName, firstName, email, "17/03/1961");
        assertEquals(lastName, text("lastName"), "Carnet shows what it stored");
        String invitation = Mailbox.firstLink(new Mailbox(env.mail()).awaitMessage(email, 1));
        var random = new java.util.Random();
        String siren = withLuhnDigit(String.format("%08d", random.nextInt(100_000_000)));
        String mobile = String.format("06%08d", random.nextInt(100_000_000));
        String other = String.format("01%08d", random.nextInt(100_000_000));
        List<String> words = List.of("Canariaddress" + tag, "Canaricity" + tag, "Canariinterests" + tag,
                "Canarireferrer" + tag, "Canarinotes" + tag);
        open("/cabinet/clients/modifier.xhtml?id=" + id);
        type("form:siren", siren);
        type("form:mobilePhone", mobile);
        type("form:otherPhone", other);
        type("form:address", words.get(0));
        type("form:postalCode", "K9" + tag.substring(0, 4).toUpperCase(Locale.ROOT));
        type("form:city", words.get(1));
        type("form:interests", words.get(2));
        pick("form:maritalStatus", "Pacsé(e)");
        find("form:source").findElement(org.openqa.selenium.By.xpath(".//label[contains(., 'recommandation')]"))
                .click();
        type("form:sourceDetail", words.get(3));
        type("form:notes", words.get(4));
        submit("form:submit");
        assertEquals(words.get(4), text("notes"), "saved: " + pageText());
        List<String> health = plantHealthCanaries(id, tag);
        // An appointment: its email carries a calendar file naming the client's address
        bookFor(id, setUpBooking("INSTANT", 0), monday(5),
                "10h");
        new Mailbox(env.mail()).awaitMessage(email, 2);
        health.addAll(plantRightsCanaries(email, tag));
        health.addAll(plantDirectiveCanaries(tag));
        // The client's access archive, made in the background (its attachment makes it large): sealed in parts
        submit("user:logout");
        activate(invitation, "une archive bien gardée");
        loginAsClient(email, "une archive bien gardée");
        open("/portail/mes-droits.xhtml");
        prepareArchive("access");
        health.add("Canarilimitation" + tag); // and a limitation with its reason, planted here rather than elsewhere
        find("limitation:ground").findElement(org.openqa.selenium.By.cssSelector("label[for='limitation:ground:0']"))
                .click();
        type("limitation:reason", health.getLast());
        submit("limitation:ask");

        try (var connection = env.database()) {
            for (SealedColumns table : DataCatalogs.sealedColumns()) {
                for (String column : table.columns()) {
                    try (var statement = connection.createStatement();
                            var rows = statement.executeQuery(
                                    "SELECT COUNT(*) FROM " + table.table() + " WHERE " + column + " IS NOT NULL")) {
                        rows.next();
                        assertTrue(rows.getLong(1) > 0, table.table() + "." + column + " holds a planted value");
                    }
                }
            }
            // Every email keeps its purpose in clear beside the sealed fields (an objection will filter on it): the
            // appointment's email is for booking (P02).
            try (var statement = connection.prepareStatement(
                    "SELECT DISTINCT purpose FROM outgoing_email WHERE client_id = ? ORDER BY purpose")) {
                statement.setLong(1, id);
                try (var rows = statement.executeQuery()) {
                    var purposes = new java.util.ArrayList<String>();
                    while (rows.next()) {
                        purposes.add(rows.getString(1));
                    }
                    assertTrue(purposes.contains("P02") && !purposes.contains(null), purposes.toString());
                }
            }
            try (var statement = connection.prepareStatement("SELECT seal_ref, last_name FROM client WHERE id = ?")) {
                statement.setLong(1, id);
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    assertEquals(lastName, env.cipher().open("client.last_name", rows.getBytes(1), rows.getBytes(2)),
                            "the sealed value is the canary, under Carnet's key");
                }
            }
        }

        byte[] dump = env.databaseServer().dump(env.account());
        String text = new String(dump, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("INSERT INTO `client`") && text.contains("INSERT INTO `outgoing_email`"),
                "the dump holds the rows");
        var canaries = new java.util.ArrayList<>(List.of(lastName, firstName, email, "1961-03-17", "17/03/1961",
                "17 mars 1961", TestEnvironment.OWNER_EMAIL, "Claire", siren, mobile, other,
                "+33" + mobile.substring(1),
                "+33" + other.substring(1), "K9" + tag.substring(0, 4).toUpperCase(Locale.ROOT), "CIVIL_UNION"));
        canaries.addAll(words);
        canaries.addAll(health);
        for (String canary : canaries) {
            for (String form : List.of(canary, canary.toLowerCase(Locale.ROOT), canary.toUpperCase(Locale.ROOT))) {
                byte[] utf8 = form.getBytes(StandardCharsets.UTF_8);
                assertFalse(text.contains(new String(utf8, StandardCharsets.ISO_8859_1)), "found in the dump: " + form);
                assertFalse(text.toLowerCase(Locale.ROOT).contains(HexFormat.of().formatHex(utf8)),
                        "found in hexadecimal in the dump: " + form);
            }
        }
    }

    /** Health data and a consultation with an attachment, each with a canary, through the pages; some voided. */
    private List<String> plantHealthCanaries(long client, String tag) throws Exception {
        List<String> canaries = List.of("Canarianamnesis" + tag, "Canarivoid" + tag, "Canarireason" + tag,
                "Canarinotes" + tag, "Canarifollowup" + tag, "Canarishared" + tag, "Canarifile" + tag,
                "Canaricontent" + tag, "Canarimeasurevoid" + tag, "Canariconsultvoid" + tag);
        open("/cabinet/clients/sante.xhtml?id=" + client);
        type("form:text", canaries.get(0));
        clickAjax(find("form:note"));
        clickAjax(find("form").findElement(org.openqa.selenium.By.cssSelector("button[id$=':void']")));
        type(find("form").findElement(org.openqa.selenium.By.cssSelector("input[id$=':reason']")).getDomAttribute("id"),
                canaries.get(1));
        clickAjax(find("form").findElement(org.openqa.selenium.By.cssSelector("button[id$=':confirm-void']")));
        type("form:heightCm", "187");
        type("form:weightKg", "93,7");
        clickAjax(find("form:measure"));
        clickAjax(find("form:measurements").findElement(org.openqa.selenium.By.cssSelector("button[id$=':void']")));
        type(find("form:measurements").findElement(org.openqa.selenium.By.cssSelector("input[id$=':reason']"))
                .getDomAttribute("id"), canaries.get(8));
        clickAjax(find("form:measurements")
                .findElement(org.openqa.selenium.By.cssSelector("button[id$=':confirm-void']")));
        assertTrue(pageText().contains(canaries.get(8)), pageText());

        open("/cabinet/clients/consultation.xhtml?client=" + client);
        type("form:reason", canaries.get(2));
        type("form:notes", canaries.get(3));
        type("form:followUp", canaries.get(4));
        type("form:sharedSummary", canaries.get(5));
        submit("form:save");
        var file = java.nio.file.Files.createTempDirectory("canari").resolve(canaries.get(6) + ".pdf");
        java.nio.file.Files.writeString(file,
                "%PDF-1.4\n" + canaries.get(7) + "\n" + " ".repeat(80_000) + "\n%%EOF\n"); // 80 kB: a large archive
        find("form:upload").sendKeys(file.toString());
        submit("form:attach");
        assertTrue(pageText().contains(canaries.get(6)), pageText());
        type("form:voidReason", canaries.get(9));
        submit("form:void");
        assertTrue(pageText().contains(canaries.get(9)), pageText());
        return plantExchangeAndAdviceCanaries(client, tag, canaries);
    }

    private List<String> plantExchangeAndAdviceCanaries(long client, String tag, List<String> before) {
        var canaries = new java.util.ArrayList<>(before);
        canaries.addAll(List.of("Canariadvicetitle" + tag, "Canariadvicebody" + tag, "Canariadvicevoid" + tag,
                "Canarisummary" + tag, "Canarinext" + tag, "Canarimessage" + tag));
        open("/cabinet/clients/conseil.xhtml?client=" + client);
        type("form:title", canaries.get(10));
        type("form:body", canaries.get(11));
        submit("form:save");
        type("form:voidReason", canaries.get(12));
        submit("form:void");
        assertTrue(pageText().contains(canaries.get(12)), pageText());
        open("/cabinet/clients/echanges.xhtml?id=" + client);
        type("form:summary", canaries.get(13));
        type("form:followUp", canaries.get(14));
        clickAjax(find("form:log"));
        type("form:reply", canaries.get(15));
        clickAjax(find("form:send"));
        assertTrue(pageText().contains(canaries.get(15)), pageText());
        return canaries;
    }

    /**
     * Two rights requests: one whose identity information is answered, then extended and answered; one whose
     * identity question asks a copy of a document, sent and not yet verified.
     */
    private List<String> plantRightsCanaries(String email, String tag) throws Exception {
        List<String> canaries = List.of("Canariasked" + tag, "Canaridoubt" + tag, "Canariquestion" + tag,
                "Canariinformation" + tag, "Canarireasons" + tag, "Canarianswer" + tag, "Canaricopy" + tag);
        var rights = new app.carnet.web.it.RightsRequestPages(this, new Mailbox(env.mail()));
        long first = rights.recordByLetter(email, "Accès aux données", canaries.get(0));
        rights.answer(rights.askIdentity(first, email, false, canaries.get(1), canaries.get(2)), canaries.get(3));
        rights.extend(first, canaries.get(4));
        rights.answerRequest(first, canaries.get(5));
        assertTrue(pageText().contains(canaries.get(5)), pageText());
        long second = rights.recordByLetter(email, "Effacement", canaries.get(0));
        rights.answer(rights.askIdentity(second, email, false, canaries.get(1), canaries.get(2)), canaries.get(3));
        var copy = java.nio.file.Files.createTempFile("canari", ".pdf");
        java.nio.file.Files.writeString(copy, "%PDF-1.4\n" + canaries.get(6) + "\n%%EOF\n");
        rights.sendCopy(rights.askIdentity(second, email, true, canaries.get(1), canaries.get(2)), copy);
        assertTrue(pageText().contains("votre réponse est transmise"), pageText());
        return canaries;
    }

    /**
     * Directives after death filed by a second client (a designee, a note), that client's death recorded with a
     * document (the designee not yet served, so the archive is still kept), and a third client's death without
     * directives, with an heirs' request.
     */
    private List<String> plantDirectiveCanaries(String tag) throws Exception {
        List<String> canaries = List.of("Canaridesignee" + tag, "canari.proche." + tag + "@canari.test",
                "Canarinote" + tag, "Canarilearnt" + tag, "Canarideathdocument" + tag, "Canarirequester" + tag,
                "Canarirequestdetail" + tag);
        String email = "canari.defunt." + tag + "@canari.test";
        String password = "des directives bien gardées";
        var mailbox = new Mailbox(env.mail());
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).minusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        long client = createClient("Defunt" + tag, "Camille", email, "03/03/1953");
        String invitation = Mailbox.firstLink(mailbox.awaitMessage(email, 1));
        submit("user:logout");
        activate(invitation, password);
        loginAsClient(email, password);
        open("/portail/directives.xhtml");
        choose("form:choice-FILE", "Conserver");
        choose("form:choice-HEALTH", "Transmettre à la personne désignée");
        choose("form:choice-APPOINTMENTS", "Conserver");
        choose("form:choice-EXCHANGES", "Conserver");
        type("form:designeeName", canaries.get(0));
        type("form:designeeEmail", canaries.get(1));
        type("form:note", canaries.get(2));
        find("form:consent").findElement(org.openqa.selenium.By.cssSelector(".ui-chkbox-box")).click();
        clickAjax("form:file");
        assertTrue(pageText().contains("Vos directives sont enregistrées."), pageText());
        submit("user:logout");

        loginAsOwner();
        open("/cabinet/clients/deces.xhtml?id=" + client);
        type("form:diedOn", yesterday);
        choose("form:learntHow", "Par un notaire");
        type("form:learntDetail", canaries.get(3));
        var document = java.nio.file.Files.createTempFile("acte", ".pdf");
        java.nio.file.Files.writeString(document, "%PDF-1.4\n" + canaries.get(4) + "\n%%EOF\n");
        find("form:document").sendKeys(document.toString());
        submit("form:record");
        assertTrue(pageText().contains("Le décès est enregistré"), pageText());

        long heirs = createClient("Heritage" + tag, "Paul", "canari.heritage." + tag + "@canari.test", "04/04/1944");
        open("/cabinet/clients/deces.xhtml?id=" + heirs);
        type("form:diedOn", yesterday);
        choose("form:learntHow", "Par la famille ou un proche");
        submit("form:record");
        type("heirs:requester", canaries.get(5));
        choose("heirs:kind", "Prise en compte du décès : clôture du compte");
        type("heirs:detail", canaries.get(6));
        clickAjax("heirs:add");
        assertTrue(pageText().contains("La demande est enregistrée"), pageText());
        return canaries;
    }

    /** A SIREN-shaped number: 8 digits and their Luhn check digit. */
    private static String withLuhnDigit(String eight) {
        for (int last = 0; last <= 9; last++) {
            String candidate = eight + last;
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int digit = candidate.charAt(8 - i) - '0';
                sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }
}
