package app.carnet.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.privacy.PersonalData;
import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The personal-data contract driven from a client's file: what Carnet holds, the archive of it (JSON and the
 * attachments), and the erasure that leaves no row about the client in any table of the registry but the journal.
 */
class PersonalDataIT extends BrowserTest {

    private static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            + "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

    @Test
    void clientData_shouldBeListedExportedAndErased() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String email = uniqueEmail("efface");
        loginAsOwner();
        long client = createClient("Effacé" + tag, "Iris", email, "09/09/1979");

        submit("health");
        choose("form:kind", "Allergies");
        type("form:text", "Pollen " + tag);
        clickAjax("form:note");
        type("form:heightCm", "170");
        type("form:weightKg", "65");
        clickAjax("form:measure");

        open("/cabinet/clients/consultation.xhtml?client=" + client);
        type("form:reason", "Fatigue " + tag);
        submit("form:save");
        var png = Files.createTempFile("bilan", ".png");
        Files.write(png, PNG);
        find("form:upload").sendKeys(png.toString());
        submit("form:attach");
        assertTrue(pageText().contains("Le fichier est joint."), pageText());

        open("/cabinet/clients/echanges.xhtml?id=" + client);
        type("form:reply", "Message " + tag);
        clickAjax("form:send");

        open("/cabinet/clients/fiche.xhtml?id=" + client);
        assertTrue(text("erase-after-end").contains("une fois la fin de la relation notée"), text("data"));
        clickAjax("data:list");
        String held = text("held");
        for (String line : new String[] {"Dossier (identité, coordonnées, vie personnelle, notes) : 1", "Anamnèse : 1",
                "Mesures : 1", "Consultations : 1", "Pièces jointes : 1", "Messages : 1", "Courriels envoyés : "}) {
            assertTrue(held.contains(line), line + " in " + held);
        }

        var archive = download("/cabinet/export-donnees?id=" + client);
        assertEquals(200, archive.statusCode());
        assertEquals("application/zip", archive.headers().firstValue("Content-Type").orElseThrow());
        Map<String, byte[]> entries = unzip(archive.body());
        var json = Json.createReader(new StringReader(new String(entries.get("donnees.json"), StandardCharsets.UTF_8)))
                .readObject();
        var sections = json.getJsonObject("sections");
        assertEquals("Effacé" + tag, sections.getJsonArray("file").getJsonObject(0).getJsonObject("file")
                .getString("lastName"));
        assertEquals("Pollen " + tag, sections.getJsonArray("anamnesis").getJsonObject(0).getString("text"));
        assertEquals("22.5", sections.getJsonArray("measurements").getJsonObject(0).getJsonNumber("bmi").toString());
        assertEquals("Message " + tag, sections.getJsonArray("messages").getJsonObject(0).getString("body"));
        assertTrue(sections.getJsonArray("emails").size() >= 2, "the invitation and the message notice");
        assertTrue(sections.getJsonArray("accessJournal").size() > 3);
        assertArrayEquals(PNG, entries.entrySet().stream().filter(e -> e.getKey().startsWith("pieces-jointes/"))
                .findFirst().orElseThrow().getValue(), "the attachment as it went in");
        assertEquals(404, download("/cabinet/export-donnees?id=999999999").statusCode());

        long attachment;
        try (var connection = env.database(); var rows = connection.createStatement().executeQuery(
                "SELECT id FROM consultation_attachment WHERE client_id = " + client)) {
            assertTrue(rows.next());
            attachment = rows.getLong(1);
        }
        submit("relationship:end");
        find("data:erase").click();
        clickAjax("data:confirm-yes");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(d -> path().equals("/cabinet/clients/index.xhtml"));
        assertTrue(pageText().contains("Les données du client sont effacées."), pageText());
        assertTrue(pageText().contains("Conservé : le journal des accès"), pageText());
        assertFalse(pageText().contains("Effacé" + tag));

        byte[] recipient = env.cipher().index("outgoing_email.recipient", email.toLowerCase(java.util.Locale.ROOT));
        Map<String, String> rowsAbout = Map.ofEntries(Map.entry("client", "id = " + client),
                Map.entry("client_credential", "client_id = " + client), Map.entry("invitation", "client_id = " + client),
                Map.entry("client_share", "client_id = " + client), Map.entry("anamnesis_entry", "client_id = " + client),
                Map.entry("measurement", "client_id = " + client), Map.entry("consultation", "client_id = " + client),
                Map.entry("consultation_attachment", "client_id = " + client),
                Map.entry("attachment_content", "id = " + attachment), Map.entry("advice", "client_id = " + client),
                Map.entry("incoming_contact", "client_id = " + client), Map.entry("message", "client_id = " + client),
                Map.entry("second_factor", "owner_realm = 'CLIENT' AND owner_id = " + client),
                Map.entry("recovery_code", "owner_realm = 'CLIENT' AND owner_id = " + client),
                Map.entry("account_link", "principal = 'client:" + client + "'"),
                Map.entry("session_revocation", "principal = 'client:" + client + "'"),
                Map.entry("outgoing_email", "recipient_index = X'" + HexFormat.of().formatHex(recipient) + "'"),
                Map.entry("access_journal", "client_id = " + client));
        try (var connection = env.database(); var statement = connection.createStatement()) {
            for (PersonalData table : PersonalData.ALL.stream().filter(PersonalData::aboutClients).toList()) {
                String where = rowsAbout.get(table.table());
                assertTrue(where != null, "how to find a client's rows in " + table.table());
                try (var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table.table() + " WHERE " + where)) {
                    rows.next();
                    if (table.table().equals("access_journal")) {
                        assertTrue(rows.getLong(1) > 5, "the journal is kept");
                    } else {
                        assertEquals(0, rows.getLong(1), table.table() + " still holds the client's data");
                    }
                }
            }
            try (var rows = statement.executeQuery("SELECT action FROM access_journal WHERE client_id = " + client
                    + " ORDER BY seq DESC LIMIT 1")) {
                rows.next();
                assertEquals("DATA_ERASED", rows.getString(1));
            }
        }
        open("/cabinet/clients/fiche.xhtml?id=" + client);
        assertTrue(pageText().contains("Page introuvable"), pageText());
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
