package app.carnet.web.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.privacy.DataCatalogs;
import app.carnet.domain.privacy.PersonalData;
import app.carnet.domain.privacy.ProcessingRestrictions;
import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.privacy.WritableWhileLimited;
import app.carnet.domain.privacy.WrittenOnlyWith;
import app.carnet.domain.restriction.LimitationBoundary;
import app.carnet.domain.restriction.LimitationGuard;
import app.carnet.domain.security.CarnetKeys;
import app.carnet.domain.security.FieldCipher;
import app.carnet.domain.shared.BusinessException;
import jakarta.persistence.Table;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Every writing path of a limited client's data is refused (GDPR art. 18(2)), enumerated: every table of the registry
 * about clients ({@link DataCatalogs#personalData()}) is mapped by an entity of the persistence unit, and each such
 * entity is either refused by {@link LimitationGuard} (tried here: insert, update and delete of a row of the limited
 * client), or written only with an entity that is, or written all the same for a purpose that art. 18(2) leaves open
 * (P16 requests, P17 the journal, P18 authentication). The guard is the persistence unit's default listener, so no
 * service, page or module added later can write around it; every enterprise bean writes its changes before it
 * returns, so that the refusal reaches the page.
 */
class WritingPathsTest {

    private static final long LIMITED = 42;

    @BeforeAll
    static void keys() {
        FieldCipher.install(CarnetKeys.generate().cipher());
    }

    @Test
    void everyClientTable_shouldBeRefusedWhileLimitedOrExemptByItsPurpose() throws Exception {
        Set<String> aboutClients = DataCatalogs.personalData().stream().filter(PersonalData::aboutClients)
                .map(PersonalData::table).collect(Collectors.toSet());
        var guard = new LimitationGuard(() -> Optional.of(new Limited()));
        List<String> mapped = new ArrayList<>();
        for (Class<?> type : entities()) {
            var table = type.getAnnotation(Table.class);
            if (table == null || !aboutClients.contains(table.name())) {
                continue;
            }
            mapped.add(table.name());
            if (LimitationGuard.exempt(type)) {
                var purpose = type.getAnnotation(WritableWhileLimited.class);
                assertTrue(purpose == null ? type.getName().startsWith("app.carnet.rights.")
                        : Set.of(Purpose.P16, Purpose.P17, Purpose.P18).contains(purpose.value()), type.getName());
                continue;
            }
            var owner = type.getAnnotation(WrittenOnlyWith.class);
            if (owner != null) {
                assertTrue(LimitationGuard.guards(owner.value()), type.getName() + " is written with a guarded entity");
                continue;
            }
            assertTrue(LimitationGuard.guards(type), type.getName() + ": the guard must find its client");
            Object row = ofClient(type, LIMITED);
            // the same callback for @PrePersist, @PreUpdate and @PreRemove: each write of the row is refused
            var refused = assertThrows(BusinessException.class, () -> guard.check(row), type.getName());
            assertEquals("rights.limited", refused.messageKey());
            guard.check(ofClient(type, LIMITED + 1)); // another client's row is written
        }
        assertEquals(aboutClients, Set.copyOf(mapped), "every table about clients is an entity of the unit");
    }

    @Test
    void guard_shouldBeTheDefaultListenerOnEveryCallbackAndBoundEveryBean() throws Exception {
        var orm = xml("/META-INF/orm.xml");
        var listeners = orm.getElementsByTagName("entity-listener");
        assertEquals(1, listeners.getLength());
        assertEquals(LimitationGuard.class.getName(), listeners.item(0).getAttributes().getNamedItem("class")
                .getTextContent());
        assertEquals("persistence-unit-defaults", listeners.item(0).getParentNode().getParentNode().getNodeName());
        var check = LimitationGuard.class.getMethod("check", Object.class);
        assertTrue(check.isAnnotationPresent(jakarta.persistence.PrePersist.class));
        assertTrue(check.isAnnotationPresent(jakarta.persistence.PreUpdate.class));
        assertTrue(check.isAnnotationPresent(jakarta.persistence.PreRemove.class));
        assertTrue(xml("/META-INF/persistence.xml").getElementsByTagName("mapping-file").item(0).getTextContent()
                .contains("orm.xml"));

        try (InputStream in = WritingPathsTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            assertFalse(in == null);
        }
        var ejbJar = java.nio.file.Path.of("src/main/webapp/WEB-INF/ejb-jar.xml");
        String bindings = java.nio.file.Files.readString(ejbJar);
        assertTrue(bindings.contains("<ejb-name>*</ejb-name>"), bindings);
        assertTrue(bindings.contains(LimitationBoundary.class.getName()), bindings);
    }

    private static Object ofClient(Class<?> type, long clientId) throws Exception {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object row = constructor.newInstance();
        String name = type.getName().equals("app.carnet.domain.client.Client") ? "id" : "clientId";
        Field field = field(type, name);
        field.setAccessible(true);
        field.set(row, field.getType() == long.class ? (Object) clientId : Long.valueOf(clientId));
        return row;
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // the superclass
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }

    /**
     * The statements that write around the entities (JPQL or SQL {@code executeUpdate}), which the guard does not see,
     * enumerated: each is answered for here, and a new one fails this test until it is. (JDBC statements are
     * only in the owner's offline commands, such as the second-factor reset.)
     */
    private static final Map<String, String> BULK_WRITES = Map.ofEntries(
            Map.entry("app.carnet.domain.booking.BookingRepository.claimReminder",
                    "marks a reminder sent (no personal data); the reminder itself is refused by the outbox while limited"),
            Map.entry("app.carnet.domain.booking.BookingRepository.dropWaitlistOf",
                    "only with a change of the appointment, which the guard refuses first in the same transaction"),
            Map.entry("app.carnet.domain.booking.BookingRepository.hold",
                    "slot_hold, after flushing the appointment, which the guard refuses first"),
            Map.entry("app.carnet.domain.booking.BookingRepository.release",
                    "slot_hold, with a change of the appointment, refused in the same transaction"),
            Map.entry("app.carnet.domain.account.AccountRepository.deleteClientAccount",
                    "the portal account (authentication, P18): closed at erasure or death"),
            Map.entry("app.carnet.domain.client.ClientRepository.eraseCategory",
                    "a category the practice no longer keeps: the files of limited clients are left out"),
            Map.entry("app.carnet.domain.account.SecondFactorRepository.deleteRecoveryCodes", "authentication (P18)"),
            Map.entry("app.carnet.rights.request.RequestRepository.claimReminder", "the register of requests (P16)"),
            Map.entry("app.carnet.rights.data.PreparedArchiveRepository.deleteParts", "the client's archives (P16)"),
            Map.entry("app.carnet.rights.objection.RestrictionRepository.forget", "the restrictions themselves (P16)"));

    @Test
    void everyBulkWrite_shouldBeAnsweredFor() {
        var carnet = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.carnet");
        Set<String> callers = new java.util.TreeSet<>();
        carnet.forEach(type -> type.getMethodCallsFromSelf().stream()
                .filter(call -> call.getName().equals("executeUpdate")
                        && call.getTargetOwner().isAssignableTo(jakarta.persistence.Query.class))
                .forEach(call -> callers.add(call.getOrigin().getOwner().getName() + "."
                        + call.getOrigin().getName().replaceAll("^lambda\\$(\\w+)\\$\\d+$", "$1"))));
        assertEquals(new java.util.TreeSet<>(BULK_WRITES.keySet()), callers);
    }

    private static List<Class<?>> entities() throws Exception {
        var classes = xml("/META-INF/persistence.xml").getElementsByTagName("class");
        List<Class<?>> types = new ArrayList<>();
        for (int i = 0; i < classes.getLength(); i++) {
            types.add(Class.forName(classes.item(i).getTextContent().strip()));
        }
        return types;
    }

    private static Document xml(String resource) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = WritingPathsTest.class.getResourceAsStream(resource)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static final class Limited implements ProcessingRestrictions {

        @Override
        public boolean objected(long clientId, Purpose purpose) {
            return false;
        }

        @Override
        public boolean limited(long clientId) {
            return clientId == LIMITED;
        }

        @Override
        public Set<Long> objectors(Purpose purpose) {
            return Set.of();
        }
    }
}
