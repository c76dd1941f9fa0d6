package app.carnet.web.it.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.privacy.DataCatalogs;
import app.carnet.domain.privacy.PersonalData;
import app.carnet.web.it.BookingPages;
import app.carnet.web.it.Mailbox;
import app.carnet.web.it.OneTimeCodes;
import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The personal-data contract driven from a client's file: what Carnet holds, the archive of it (JSON and the
 * attachments), and the erasure that leaves no row about the client in any table of the registry but the journal.
 */
class PersonalDataIT extends BookingPages {

    private static final byte[] PNG = HexFormat.of()
            .parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    + "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

    /** The same image, followed by 80 kB that image readers skip. */
    private static final byte[] LARGE_PNG = java.util.Arrays.copyOf(PNG, PNG.length + 80_000);

    @Test
    void clientData_shouldBeListedExportedAndErased() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String email = uniqueEmail("efface");
        String newEmail = uniqueEmail("efface-nouvelle");
        String password = "mes données, mon droit";
        env.createStaff("Pia", "Partage" + tag, uniqueEmail("partage"), "une phrase de passe du partenaire", "PARTNER");
        loginAsOwner();
        String service = setUpBooking("INSTANT", 0);
        long client = createClient("Effacé" + tag, "Iris", email, "09/09/1979");
        bookFor(client, service, monday(5).plusDays(1), "10h");
        // A consultation with an attachment of 80 kB: the client's access archive is made in the background below
        open("/cabinet/clients/consultation.xhtml?client=" + client);
        type("form:reason", "Fatigue " + tag);
        submit("form:save");
        var png = Files.createTempFile("bilan", ".png");
        Files.write(png, LARGE_PNG);
        find("form:upload").sendKeys(png.toString());
        submit("form:attach");
        assertTrue(pageText().contains("Le fichier est joint."), pageText());

        // The client's portal account, with a second factor, a reset link and the end of earlier sessions
        String invitation = Mailbox.firstLink(new Mailbox(env.mail()).awaitMessage(email, 1));
        browser.manage().deleteAllCookies();
        activate(invitation, password);
        loginAsClient(email, password);
        submit("security");
        submit("form:start");
        type("form:code", OneTimeCodes.next(text("secret")));
        submit("form:enable");
        open("/portail/directives.xhtml"); // directives after death, kept in versions
        for (String category : new String[] {"FILE", "HEALTH", "APPOINTMENTS", "EXCHANGES"}) {
            choose("form:choice-" + category, "Conserver");
        }
        find("form:consent").findElement(org.openqa.selenium.By.cssSelector(".ui-chkbox-box")).click();
        clickAjax("form:file");
        assertTrue(pageText().contains("Vos directives sont enregistrées."), pageText());
        open("/portail/rendez-vous.xhtml");
        clickAjax("form:next:0:earlier");
        // An objection, and a limitation that the practitioner lifts below (their records are the client's too)
        open("/portail/mes-droits.xhtml");
        submit("objections:switch:1:turn");
        find("limitation:ground").findElement(org.openqa.selenium.By.cssSelector("label[for='limitation:ground:0']"))
                .click();
        type("limitation:reason", "Contestée " + tag);
        submit("limitation:ask");
        prepareArchive("access"); // kept until it expires, or the client's erasure
        submit("user:logout");
        open("/portail/mot-de-passe-oublie.xhtml");
        type("form:email", email);
        submit("form:submit");

        loginAsOwner();
        open("/cabinet/clients/fiche.xhtml?id=" + client);
        submit("limitation-lift:lift");
        open("/cabinet/clients/sante.xhtml?id=" + client);
        choose("form:kind", "Allergies");
        type("form:text", "Pollen " + tag);
        clickAjax("form:note");
        type("form:heightCm", "170");
        type("form:weightKg", "65");
        clickAjax("form:measure");

        open("/cabinet/clients/conseil.xhtml?client=" + client);
        type("form:title", "Conseils " + tag);
        type("form:body", "Marcher chaque jour.");
        submit("form:save");
        assertTrue(pageText().contains("Le conseil est enregistré."), pageText());

        open("/cabinet/clients/echanges.xhtml?id=" + client);
        type("form:reply", "Message " + tag);
        clickAjax("form:send");
        type("form:day", LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        type("form:summary", "Appel " + tag);
        clickAjax("form:log");

        // A rights request by letter, its identity question answered with a copy still to verify
        var rights = new app.carnet.web.it.RightsRequestPages(this, new Mailbox(env.mail()));
        long request = rights.recordByLetter(email, "Accès aux données", "Demande " + tag);
        rights.answer(rights.askIdentity(request, email, false, "Doute " + tag, "Date du dernier rendez-vous ?"),
                "Hier");
        rights.sendCopy(rights.askIdentity(request, email, true, "Doute encore " + tag, "Une copie"), png);
        assertTrue(pageText().contains("votre réponse est transmise"), pageText());

        open("/cabinet/clients/fiche.xhtml?id=" + client);
        pick("sharing:shareWith", "Pia Partage" + tag);
        clickAjax(find("sharing:share"));
        open("/cabinet/clients/modifier.xhtml?id=" + client);
        type("form:email", newEmail); // the earlier emails went to the earlier address
        submit("form:submit");

        Map<String, String> rowsAbout = rowsAbout(client, email, newEmail);
        for (String table : rowsAbout.keySet()) {
            if (table.equals("client_death") || table.equals("heirs_request")) {
                continue; // written when a death is recorded, which closes the account: DirectivesIT erases them
            }
            assertTrue(count(table, rowsAbout.get(table)) > 0, table + " holds something of the client before");
        }

        open("/cabinet/clients/fiche.xhtml?id=" + client);
        assertTrue(text("erase-after-end").contains("une fois la fin de la relation notée"), text("data"));
        clickAjax("data:list");
        String held = text("held");
        for (String line : new String[] {"Dossier (identité, coordonnées, vie personnelle, notes) : 1", "Anamnèse : 1",
            "Mesures : 1", "Consultations : 1", "Pièces jointes : 1", "Messages : 1", "Conseils : 1",
            "Appels, courriers et courriels reçus : 1", "Partages du dossier : 1", "Espace client : 1",
            "Rendez-vous : 1", "Liste d'attente : 1",
            "Courriels envoyés : "}) {
            assertTrue(held.contains(line), line + " in " + held);
        }

        var archive = download("/cabinet/export-donnees?id=" + client);
        assertEquals(200, archive.statusCode());
        assertEquals("application/zip", archive.headers().firstValue("Content-Type").orElseThrow());
        Map<String, byte[]> entries = unzip(archive.body());
        String data = new String(entries.get("donnees.json"), StandardCharsets.UTF_8);
        var sections = Json.createReader(new StringReader(data)).readObject().getJsonObject("sections");
        assertEquals("Effacé" + tag, sections.getJsonArray("file").getJsonObject(0).getJsonObject("file")
                .getString("lastName"));
        assertEquals("Pollen " + tag, sections.getJsonArray("anamnesis").getJsonObject(0).getString("text"));
        assertEquals("22.5", sections.getJsonArray("measurements").getJsonObject(0).getJsonNumber("bmi").toString());
        assertEquals("Message " + tag, sections.getJsonArray("messages").getJsonObject(0).getString("body"));
        assertTrue(sections.getJsonArray("emails").size() >= 4,
                "the invitation, the security notice and the reset link at the earlier address, the message notice");
        assertFalse(data.matches("(?s).*jeton=[A-Za-z0-9_.-]{8}.*"), "no link of the archive works: " + data);
        assertTrue(sections.getJsonArray("accessJournal").size() > 3);
        assertArrayEquals(LARGE_PNG, entries.entrySet().stream().filter(e -> e.getKey().startsWith("pieces-jointes/"))
                .findFirst().orElseThrow().getValue(), "the attachment as it went in");
        assertEquals(404, download("/cabinet/export-donnees?id=999999999").statusCode());

        submit("relationship:end");
        var before = java.time.Instant.now().minusSeconds(5);
        find("data:erase").click();
        clickAjax("data:confirm-yes");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(d -> path().equals("/cabinet/clients/index.xhtml"));
        assertTrue(pageText().contains("Les données du client sont effacées."), pageText());
        assertTrue(pageText().contains("Conservé : le journal des accès"), pageText());
        assertFalse(pageText().contains("Effacé" + tag));

        for (PersonalData table : DataCatalogs.personalData().stream().filter(PersonalData::aboutClients).toList()) {
            String where = rowsAbout.get(table.table());
            assertTrue(where != null, "how to find a client's rows in " + table.table());
            if (table.table().equals("access_journal") || table.table().equals("session_revocation")) {
                assertTrue(count(table.table(), where) > 0, table.table() + " is kept");
            } else {
                assertEquals(0, count(table.table(), where), table.table() + " still holds the client's data");
            }
        }
        assertEquals(1, count("session_revocation", rowsAbout.get("session_revocation") + " AND revoked_at >= '"
                + java.time.LocalDateTime.ofInstant(before, java.time.ZoneOffset.UTC).toString().replace('T', ' ')
                + "'"),
                "a session still open ends with the erasure (instants are stored in UTC)");
        try (var connection = env.database();
                var rows = connection.createStatement().executeQuery(
                        "SELECT action FROM access_journal WHERE client_id = " + client
                                + " ORDER BY seq DESC LIMIT 1")) {
            rows.next();
            assertEquals("DATA_ERASED", rows.getString(1));
        }
        open("/cabinet/clients/fiche.xhtml?id=" + client);
        assertTrue(pageText().contains("Page introuvable"), pageText());
    }

    /** For each table of the registry about clients, how to find this client's rows (taken while they are there). */
    private static Map<String, String> rowsAbout(long client, String... addresses) throws java.sql.SQLException {
        var attachments = new java.util.ArrayList<String>();
        try (var connection = env.database();
                var rows = connection.createStatement().executeQuery(
                        "SELECT id FROM consultation_attachment WHERE client_id = " + client)) {
            while (rows.next()) {
                attachments.add(Long.toString(rows.getLong(1)));
            }
        }
        String recipients = java.util.Arrays.stream(addresses).map(a -> "X'" + HexFormat.of().formatHex(
                env.cipher().index("outgoing_email.recipient", a.toLowerCase(java.util.Locale.ROOT))) + "'")
                .collect(Collectors.joining(", "));
        return Map.ofEntries(Map.entry("client", "id = " + client),
                Map.entry("client_credential", "client_id = " + client),
                Map.entry("invitation", "client_id = " + client),
                Map.entry("client_share", "client_id = " + client),
                Map.entry("anamnesis_entry", "client_id = " + client),
                Map.entry("measurement", "client_id = " + client), Map.entry("consultation", "client_id = " + client),
                Map.entry("consultation_attachment", "client_id = " + client),
                Map.entry("attachment_content",
                        "id IN (" + (attachments.isEmpty() ? "-1" : String.join(", ", attachments))
                                + ")"),
                Map.entry("advice", "client_id = " + client),
                Map.entry("rights_objection_change", "client_id = " + client),
                Map.entry("rights_limitation", "client_id = " + client),
                Map.entry("incoming_contact", "client_id = " + client), Map.entry("message", "client_id = " + client),
                Map.entry("second_factor", "owner_realm = 'CLIENT' AND owner_id = " + client),
                Map.entry("recovery_code", "owner_realm = 'CLIENT' AND owner_id = " + client),
                Map.entry("account_link", "principal = 'client:" + client + "'"),
                Map.entry("session_revocation", "principal = 'client:" + client + "'"),
                Map.entry("outgoing_email", "client_id = " + client + " OR recipient_index IN (" + recipients + ")"),
                Map.entry("appointment", "client_id = " + client), Map.entry("waitlist_entry", "client_id = " + client),
                Map.entry("directive_version", "client_id = " + client),
                Map.entry("client_death", "client_id = " + client),
                Map.entry("heirs_request", "client_id = " + client),
                Map.entry("access_journal", "client_id = " + client),
                Map.entry("rights_request", "client_id = " + client),
                Map.entry("rights_request_event", "request_id IN (" + ids("rights_request", client) + ")"),
                Map.entry("identity_proof", "client_id = " + client),
                Map.entry("identity_proof_file", "id IN (" + ids("identity_proof", client) + ")"),
                Map.entry("prepared_archive", "client_id = " + client),
                Map.entry("prepared_archive_part", "archive_id IN (" + ids("prepared_archive", client) + ")"));
    }

    /** The ids of the client's rows of a table, taken now (the rows that refer to them are found by them later). */
    private static String ids(String table, long client) throws java.sql.SQLException {
        var ids = new java.util.ArrayList<String>(java.util.List.of("-1"));
        try (var connection = env.database();
                var rows = connection.createStatement().executeQuery(
                        "SELECT id FROM " + table + " WHERE client_id = " + client)) {
            while (rows.next()) {
                ids.add(Long.toString(rows.getLong(1)));
            }
        }
        return String.join(", ", ids);
    }

    private static long count(String table, String where) throws java.sql.SQLException {
        try (var connection = env.database();
                var rows = connection.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + where)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(env.baseUrl() + path))
                .header("Cookie", browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
