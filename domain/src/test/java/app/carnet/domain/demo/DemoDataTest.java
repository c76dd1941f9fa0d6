package app.carnet.domain.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void demonstration_shouldOnlyRunOnThisComputer() {
        assertTrue(DemoData.isLocal("http://localhost:8080"));
        assertTrue(DemoData.isLocal("http://127.0.0.1:8093/"));
        assertFalse(DemoData.isLocal("https://cabinet-lumiere.fr"), "its owner's password is in the README");
        assertFalse(DemoData.isLocal("http://localhost.attacker.test"));
    }

    /** Billing's seeder reads booking's appointments, a later one reads invoices: each module says when it runs. */
    @Test
    void seeders_shouldRunByTheirOrderThenByName() {
        List<String> ran = new ArrayList<>();
        DemoSeeder statements = new Statements(ran);
        DemoSeeder requests = new Requests(ran);
        DemoSeeder letters = new Letters(ran);

        for (DemoSeeder seeder : List.of(letters, requests, statements).stream().sorted(DemoData.SEEDING_ORDER)
                .toList()) {
            seeder.seed(List.of(7L));
        }

        assertEquals(List.of("Statements[7]", "Letters[7]", "Requests[7]"), ran, "order() first, then the name");
    }

    private record Statements(List<String> ran) implements DemoSeeder {
        @Override
        public int order() {
            return 50;
        }

        @Override
        public void seed(List<Long> clientIds) {
            ran.add("Statements" + clientIds);
        }
    }

    private record Letters(List<String> ran) implements DemoSeeder {
        @Override
        public void seed(List<Long> clientIds) {
            ran.add("Letters" + clientIds);
        }
    }

    private record Requests(List<String> ran) implements DemoSeeder {
        @Override
        public void seed(List<Long> clientIds) {
            ran.add("Requests" + clientIds);
        }
    }
}
