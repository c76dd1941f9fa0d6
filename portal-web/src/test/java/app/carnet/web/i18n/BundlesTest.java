package app.carnet.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.privacy.DataCatalogs;
import app.carnet.domain.privacy.EmailTemplate;
import app.carnet.domain.privacy.JournalAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** French and English say the same things, and pages say nothing that is not in the bundles. */
class BundlesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern KEY_USE = Pattern.compile("msg\\['([^']+)'\\]");
    /** Text between tags, once EL expressions are taken out. */
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]*)<");

    @Test
    void screens_shouldHaveTheSameKeysInFrenchAndEnglish() throws IOException {
        assertSameKeys("/app/carnet/web/i18n/messages.properties", "/app/carnet/web/i18n/messages_en.properties");
        assertSameKeys("/app/carnet/web/i18n/faces.properties", "/app/carnet/web/i18n/faces_en.properties");
    }

    @Test
    void emails_shouldHaveTheSameKeysInFrenchAndEnglish() throws IOException {
        for (String bundle : DataCatalogs.emailTemplates().stream().map(EmailTemplate::bundle).distinct().toList()) {
            String path = "/" + bundle.replace('.', '/');
            assertSameKeys(path + ".properties", path + "_en.properties");
        }
    }

    /** Every email a module declares has a subject and a body in its bundle (French; English by the test above). */
    @Test
    void emails_shouldHaveASubjectAndABodyForEveryTemplate() throws IOException {
        List<String> missing = new ArrayList<>();
        for (EmailTemplate template : DataCatalogs.emailTemplates()) {
            Set<String> keys = load("/" + template.bundle().replace('.', '/') + ".properties").stringPropertyNames();
            for (String key : List.of(template.name() + ".subject", template.name() + ".body")) {
                if (!keys.contains(key)) {
                    missing.add(template.bundle() + ":" + key);
                }
            }
        }
        assertTrue(DataCatalogs.emailTemplates().size() >= 19, DataCatalogs.emailTemplates().toString());
        assertEquals(List.of(), missing);
    }

    /** The journal names every action of every module and its purpose: one without its words would show "???". */
    @Test
    void journal_shouldNameEveryActionAndPurpose() throws IOException {
        Set<String> keys = load("/app/carnet/web/i18n/messages.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        for (JournalAction action : DataCatalogs.journalActions()) {
            for (String key : List.of("enum.FileAction." + action.name(), "enum.Purpose." + action.purpose())) {
                if (!keys.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /**
     * Every message key written in the Java of any module (a refusal, a page message, a document's words) exists in
     * French and in English: a key mistyped in a service would show its raw name to the user. A literal counts as a
     * key when it has the key grammar and begins like a key of the bundle; a sealed column's name and a blind index's
     * ({@code client.email}, {@code PHONE_INDEX = "client.phone"}) and a bundle's name are not keys; a literal followed by {@code +} is the start of
     * a key made at run time.
     */
    @Test
    void java_shouldOnlyUseMessageKeysThatExist() throws IOException {
        Set<String> french = new TreeSet<>(load("/app/carnet/web/i18n/messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("/app/carnet/web/i18n/messages_en.properties").stringPropertyNames());
        french.addAll(load("/app/carnet/domain/advice/documents.properties").stringPropertyNames());
        english.addAll(load("/app/carnet/domain/advice/documents_en.properties").stringPropertyNames());
        Set<String> prefixes = new TreeSet<>(french.stream().map(k -> k.substring(0, k.indexOf('.') + 1)).toList());
        Set<String> columns = new TreeSet<>();
        DataCatalogs.sealedColumns().forEach(t -> t.columns().forEach(c -> columns.add(t.table() + "." + c)));
        Pattern literal = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z][a-zA-Z0-9]*)+)\"(\\s*\\+)?");
        List<String> missing = new ArrayList<>();
        int keys = 0;
        for (String module : List.of("../domain", "../billing-module", "../rights-module", ".")) {
            Path sources = Path.of(module, "src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(file);
                    var m = literal.matcher(text);
                    while (m.find()) {
                        String key = m.group(1);
                        boolean blindIndex = text.substring(Math.max(0, m.start() - 9), m.start()).equals("_INDEX = ");
                        if (m.group(2) != null || key.startsWith("app.carnet.") || columns.contains(key) || blindIndex
                                || !prefixes.contains(key.substring(0, key.indexOf('.') + 1))) {
                            continue;
                        }
                        keys++;
                        if (!french.contains(key) || !english.contains(key)) {
                            missing.add(file.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertTrue(keys > 150, keys + " keys found in the Java sources");
        assertEquals(List.of(), missing);
    }

    @Test
    void documents_shouldHaveTheSameKeysInFrenchAndEnglish() throws IOException {
        assertSameKeys("/app/carnet/domain/advice/documents.properties",
                "/app/carnet/domain/advice/documents_en.properties");
    }

    @Test
    void frenchBundles_shouldBeTheBaseBundlesEvenOnAnEnglishServer() {
        var english = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            assertEquals("Langue", java.util.ResourceBundle.getBundle("app.carnet.web.i18n.messages",
                    java.util.Locale.FRENCH).getString("app.language"));
            assertEquals("Ce champ est obligatoire.", java.util.ResourceBundle.getBundle("app.carnet.web.i18n.faces",
                    java.util.Locale.FRENCH).getString("jakarta.faces.component.UIInput.REQUIRED"));
            assertEquals("Votre espace client chez {1}", java.util.ResourceBundle.getBundle(
                    "app.carnet.domain.mail.emails", java.util.Locale.FRENCH).getString("invitation.subject"));
            assertEquals("Conseils pour {0}", java.util.ResourceBundle.getBundle(
                    "app.carnet.domain.advice.documents", java.util.Locale.FRENCH).getString("advice.for"));
        } finally {
            java.util.Locale.setDefault(english);
        }
    }

    @Test
    void screens_shouldDoubleApostrophesOnlyWhereMessageFormatReadsThem() throws IOException {
        for (String bundle : List.of("/app/carnet/web/i18n/messages.properties",
                "/app/carnet/web/i18n/messages_en.properties")) {
            var properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                String text = properties.getProperty(key);
                boolean formatted = text.contains("{0}");
                String lone = formatted ? text.replace("''", "") : text;
                assertTrue(formatted ? !lone.contains("'") : !text.contains("''"),
                        bundle + " " + key + ": ' is written '' exactly when the message takes arguments");
            }
        }
    }

    @Test
    void pages_shouldOnlyUseKeysThatExist() throws IOException {
        Set<String> keys = load("/app/carnet/web/i18n/messages.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        for (Path page : pages()) {
            var matcher = KEY_USE.matcher(Files.readString(page));
            while (matcher.find()) {
                if (!keys.contains(matcher.group(1))) {
                    missing.add(page + ": " + matcher.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /** A {@code cn:field} without a label shows {@code field.<its id>} (WEB-INF/tags/field.xhtml): that key exists. */
    @Test
    void fieldsWithoutALabel_shouldHaveTheirFieldKey() throws IOException {
        Set<String> keys = load("/app/carnet/web/i18n/messages.properties").stringPropertyNames();
        var field = Pattern.compile("<cn:field ([^>]*)>");
        var id = Pattern.compile("\\bid=\"([^\"]+)\"");
        List<String> missing = new ArrayList<>();
        int unlabelled = 0;
        for (Path page : pages()) {
            var matcher = field.matcher(Files.readString(page));
            while (matcher.find()) {
                var fieldId = id.matcher(matcher.group(1));
                if (!matcher.group(1).contains("label=") && fieldId.find()) {
                    unlabelled++;
                    if (!keys.contains("field." + fieldId.group(1))) {
                        missing.add(page + ": field." + fieldId.group(1));
                    }
                }
            }
        }
        assertTrue(unlabelled > 10, unlabelled + " fields labelled by their id");
        assertEquals(List.of(), missing);
    }

    @Test
    void pages_shouldHoldNoLiteralText() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path page : pages()) {
            String source = Files.readString(page).replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("<ui:param [^>]*>", "");
            var matcher = TEXT_NODE.matcher(source);
            while (matcher.find()) {
                String text = matcher.group(1).replaceAll("#\\{[^}]*\\}", "").replaceAll("[\\s·:|]", "");
                if (!text.isEmpty()) {
                    literal.add(page + ": " + matcher.group(1).strip());
                }
            }
            var attributes = Pattern.compile(
                    "(?:value|title|placeholder|headerText|emptyMessage|itemLabel|alt|aria-label|label|hint)=\"([^\"#][^\"]*)\"")
                    .matcher(source);
            while (attributes.find()) {
                literal.add(page + ": " + attributes.group(0));
            }
        }
        assertEquals(List.of(), literal);
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            var pages = files.filter(p -> p.toString().endsWith(".xhtml")).toList();
            assertTrue(pages.size() > 5, "pages found under " + WEBAPP.toAbsolutePath());
            return pages;
        }
    }

    private static void assertSameKeys(String french, String english) throws IOException {
        assertEquals(new TreeSet<>(load(french).stringPropertyNames()),
                new TreeSet<>(load(english).stringPropertyNames()),
                french + " and " + english);
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " exists");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
