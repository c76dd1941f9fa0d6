package app.carnet.web.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.privacy.DataCatalogs;
import app.carnet.domain.privacy.PersonalData;
import app.carnet.domain.privacy.PersonalDataHolder;
import app.carnet.domain.privacy.SealedColumns;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.security.SealedRecord;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Column;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** Every entity, embeddable, mapped superclass and converter of every module is in the persistence unit, and nothing else is. */
class PersistenceUnitTest {

    @Test
    void persistenceUnit_shouldListEveryEntity() throws Exception {
        Set<String> entities = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.carnet").stream()
                .filter(c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Converter.class)
                        || c.isAnnotatedWith(MappedSuperclass.class)
                        || c.isAnnotatedWith(jakarta.persistence.Embeddable.class))
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(entities.isEmpty());
        assertEquals(entities, listedClasses());
    }

    /** The key rotation re-seals what {@link SealedColumns} lists: exactly the {@link Encrypted} columns. */
    @Test
    void sealedColumns_shouldListEveryEncryptedColumn() throws Exception {
        Map<String, Set<String>> annotated = new TreeMap<>();
        for (String name : listedClasses()) {
            Class<?> type = Class.forName(name);
            if (!type.isAnnotationPresent(Table.class)) {
                continue; // a mapped superclass's columns belong to the tables of its entities
            }
            for (Field field : fieldsOf(type)) {
                if (field.isAnnotationPresent(Encrypted.class)) {
                    assertEquals(byte[].class, field.getType(),
                            name + "." + field.getName() + " must hold sealed bytes");
                    assertTrue(SealedRecord.class.isAssignableFrom(type), name + " must extend SealedRecord");
                    String column = field.getAnnotation(Column.class).name();
                    annotated.computeIfAbsent(type.getAnnotation(Table.class).name(), t -> new TreeSet<>())
                            .add(column.isEmpty() ? field.getName() : column);
                }
            }
        }
        Map<String, Set<String>> registered = new TreeMap<>();
        DataCatalogs.sealedColumns().forEach(t -> registered.put(t.table(), new TreeSet<>(t.columns())));
        assertFalse(annotated.isEmpty());
        assertEquals(annotated, registered);
    }

    /**
     * Every entity that holds a sealed personal field or refers to a client is in the registry of personal data,
     * and the registry names no other table: what the rights module and the record of processing rely on.
     */
    @Test
    void personalData_shouldRegisterEveryEntityThatHoldsSome() throws Exception {
        Set<String> holding = new TreeSet<>();
        for (String name : listedClasses()) {
            Class<?> type = Class.forName(name);
            if (!type.isAnnotationPresent(Table.class)) {
                continue;
            }
            for (Field field : fieldsOf(type)) {
                if (field.isAnnotationPresent(Encrypted.class)
                        || Set.of("clientId", "ownerId", "principal").contains(field.getName())) {
                    holding.add(type.getAnnotation(Table.class).name());
                }
            }
        }
        Set<String> registered = DataCatalogs.personalData().stream().map(PersonalData::table)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(holding.contains("client") && holding.contains("access_journal"), holding.toString());
        assertEquals(holding, registered);
        DataCatalogs.personalData().forEach(d -> assertFalse(d.purposes().isEmpty(), d.table() + " serves a purpose"));
    }

    /**
     * Every table about clients is answered for by exactly one module's {@link PersonalDataHolder} (export and
     * erasure), and no holder names a table the registry does not have.
     */
    @Test
    void personalDataHolders_shouldCoverEveryTableAboutClients() throws Exception {
        Map<String, String> holderOf = new TreeMap<>();
        var holders = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.carnet").stream()
                .filter(c -> c.isAssignableTo(PersonalDataHolder.class) && !c.isInterface()).toList();
        assertTrue(holders.size() >= 7, holders.toString());
        for (JavaClass holder : holders) {
            var instance = (PersonalDataHolder) holder.reflect().getDeclaredConstructor().newInstance();
            for (String table : instance.tables()) {
                String before = holderOf.put(table, holder.getSimpleName());
                assertTrue(before == null, table + " is held by " + before + " and " + holder.getSimpleName());
            }
        }
        Set<String> aboutClients = DataCatalogs.personalData().stream().filter(PersonalData::aboutClients)
                .map(PersonalData::table).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(aboutClients, holderOf.keySet());
        assertEquals(1, holders.stream().filter(h -> {
            try {
                return ((PersonalDataHolder) h.reflect().getDeclaredConstructor().newInstance()).holdsTheFile();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }).count(), "one holder erases the file itself, after the others");
    }

    /** The fields of an entity and of its mapped superclasses. */
    private static java.util.List<Field> fieldsOf(Class<?> type) {
        var fields = new java.util.ArrayList<Field>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(java.util.List.of(c.getDeclaredFields()));
        }
        return fields;
    }

    private static Set<String> listedClasses() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = PersistenceUnitTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            NodeList classes = factory.newDocumentBuilder().parse(in).getElementsByTagName("class");
            Set<String> names = new TreeSet<>();
            for (int i = 0; i < classes.getLength(); i++) {
                names.add(classes.item(i).getTextContent().strip());
            }
            return names;
        }
    }
}
