package app.carnet.domain.privacy;

import java.util.List;

/**
 * One module's contribution to what Carnet knows about its personal data: the tables that hold some (whose, and for
 * which purposes), the sealed columns a key rotation re-seals, the actions it writes in the access journal and the
 * emails it sends. Each module has one, listed in its {@code META-INF/services/app.carnet.domain.privacy.DataCatalog}
 * so that the server and the administration command find it alike ({@link DataCatalogs}); nothing central is edited
 * when a module comes.
 */
public interface DataCatalog {

    List<PersonalData> personalData();

    List<SealedColumns> sealedColumns();

    List<? extends JournalAction> journalActions();

    List<EmailTemplate> emailTemplates();
}
