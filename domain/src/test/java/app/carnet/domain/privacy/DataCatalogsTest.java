package app.carnet.domain.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.mail.DomainEmails;
import app.carnet.domain.shared.FileAction;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The registry, the sealed columns, the journal's actions and the emails are the union of every module's catalog,
 * found by ServiceLoader: here the domain's and a second module's ({@link AnotherModuleCatalog}, on the test class
 * path), which edits nothing of the domain's.
 */
class DataCatalogsTest {

    @Test
    void personalData_shouldBeTheUnionOfEveryModulesTables() {
        var tables = DataCatalogs.personalData().stream().map(PersonalData::table).toList();
        assertTrue(tables.contains("client") && tables.contains("access_journal"), tables.toString());
        assertTrue(tables.contains("another_note"), tables.toString());
        assertTrue(DataCatalogs.personalData().stream().filter(d -> d.table().equals("another_note")).findFirst()
                .orElseThrow().aboutClients());
    }

    @Test
    void sealedColumns_shouldBeTheUnionOfEveryModulesColumns() {
        var tables = DataCatalogs.sealedColumns().stream().map(SealedColumns::table).toList();
        assertTrue(tables.contains("client") && tables.contains("another_note"), tables.toString());
        assertEquals(5, DataCatalogs.sealedColumns().stream().filter(t -> t.table().equals("attachment_content"))
                .findFirst().orElseThrow().batch());
    }

    @Test
    void journalActions_shouldBeTheUnionOfEveryModulesActionsWithTheirPurpose() {
        assertTrue(DataCatalogs.journalActions().contains(AnotherModuleCatalog.AnotherAction.NOTE_WRITTEN));
        assertEquals(Purpose.P07, AnotherModuleCatalog.AnotherAction.NOTE_WRITTEN.purpose());
        assertTrue(DataCatalogs.journalActions().contains(FileAction.HEALTH_READ));
        assertEquals(Purpose.P03, FileAction.HEALTH_READ.purpose());
        assertEquals(FileAction.values().length + 1, DataCatalogs.journalActions().size());
    }

    @Test
    void emailTemplates_shouldComeWithTheirBundleAndPurpose() {
        assertTrue(DataCatalogs.emailTemplates().containsAll(DomainEmails.ALL));
        assertTrue(DataCatalogs.emailTemplates().contains(AnotherModuleCatalog.NOTE_SHARED));
        assertEquals(Purpose.P02, DomainEmails.APPOINTMENT_REMINDER.purpose());
        var template = AnotherModuleCatalog.NOTE_SHARED;
        for (String language : new String[] {"fr", "en"}) {
            var bundle = ResourceBundle.getBundle(template.bundle(), Locale.forLanguageTag(language));
            String body = new MessageFormat(bundle.getString(template.name() + ".body")).format(new Object[] {"Léa"});
            assertTrue(body.contains("Léa"), body);
        }
    }
}
