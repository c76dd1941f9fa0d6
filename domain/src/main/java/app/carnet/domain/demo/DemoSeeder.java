package app.carnet.domain.demo;

import java.util.List;

/**
 * A module's part of the demonstration dataset: billing's invoices, rights' requests… A module contributes one as a
 * CDI bean, and {@link DemoData} runs every seeder after the domain's own files, each in a transaction of its own,
 * so that a module adds its demonstration records without editing another module's seeding. It runs at every start
 * of the demonstration practice (a module added to an existing demonstration gets its part too), so it writes only
 * what it does not find.
 */
public interface DemoSeeder {

    /** When it runs among the seeders, lower first (a module that reads another's records runs after it). */
    default int order() {
        return 100;
    }

    /**
     * Writes this module's fictitious records, through its own services (sealed, indexed and journaled like real
     * work), as the demonstration owner.
     *
     * @param clientIds the demonstration's detailed client files, in the order they were written
     */
    void seed(List<Long> clientIds);
}
