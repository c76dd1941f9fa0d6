package app.carnet.domain.privacy;

import static app.carnet.domain.privacy.DataSubject.CLIENT;

import java.util.Set;

/**
 * One table of the registry of personal data: a table that holds personal fields or refers to a person, whose data
 * it is, and the purposes it serves. Each module declares its tables in its {@link DataCatalog}; each sealed field's
 * category is declared where the field is ({@link app.carnet.domain.security.Encrypted}); a test fails when such an
 * entity is missing from the union ({@link DataCatalogs#personalData()}), and another when a table about clients has
 * no {@link PersonalDataHolder}. The record of processing activities and the rights module read the union.
 */
public record PersonalData(String table, Set<Purpose> purposes, Set<DataSubject> subjects) {

    /** Whether this table holds data about clients, which the rights module must be able to export and erase. */
    public boolean aboutClients() {
        return subjects.contains(CLIENT);
    }
}
