package app.carnet.domain.restriction;

import app.carnet.domain.privacy.ProcessingRestrictions;
import app.carnet.domain.privacy.WritableWhileLimited;
import app.carnet.domain.privacy.WrittenOnlyWith;
import app.carnet.domain.shared.BusinessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import java.lang.reflect.Field;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one place where a change of a limited client's data is refused (GDPR art. 18(2): "such personal data shall,
 * with the exception of storage, only be processed with the data subject's consent or for the establishment, exercise
 * or defence of legal claims…"): a default entity listener ({@code META-INF/orm.xml}, persistence-unit-defaults), so
 * that every insert, update and delete of every entity, whatever service or page does it, passes here. The client an
 * entity belongs to is the {@code Client} itself (its id) or its {@code clientId} field; an entity
 * {@link WritableWhileLimited} is written all the same, one {@link WrittenOnlyWith} is checked through its owner; the
 * entities of the rights module ({@code app.carnet.rights.*}) are the handling of the client's requests (P16) and are
 * written all the same.
 *
 * <p>
 * Not covered, on purpose: bulk JPQL updates and deletes, which bypass entity listeners: the reminder's claim (a
 * bookkeeping mark; the reminder email itself is refused by the outbox) and the deletions of an erasure (which the
 * practitioner decides on). The refusal is a {@link BusinessException} {@code rights.limited}; thrown before the write,
 * it rolls the whole transaction back, so nothing is half written.
 */
public class LimitationGuard {

    private static final ConcurrentHashMap<Class<?>, Optional<Field>> CLIENT_FIELDS = new ConcurrentHashMap<>();

    private final Supplier<Optional<ProcessingRestrictions>> restrictions;

    /** As JPA creates it: the restrictions are looked up in CDI (absent without the rights module). */
    public LimitationGuard() {
        this(LimitationGuard::lookUp);
    }

    /** With the restrictions a test gives. */
    public LimitationGuard(Supplier<Optional<ProcessingRestrictions>> restrictions) {
        this.restrictions = restrictions;
    }

    @PrePersist
    @PreUpdate
    @PreRemove
    public void check(Object entity) {
        var client = clientOf(entity);
        if (client.isPresent()) {
            var current = restrictions.get();
            if (current.isPresent() && current.get().limited(client.getAsLong())) {
                throw new BusinessException("rights.limited");
            }
        }
    }

    /** Whether the writes of this entity class are checked (it belongs to a client and is not exempt). */
    public static boolean guards(Class<?> type) {
        return !exempt(type) && clientField(type).isPresent();
    }

    /** Whether this entity class is written whatever the limitation, by its purpose or its module. */
    public static boolean exempt(Class<?> type) {
        return type.isAnnotationPresent(WritableWhileLimited.class) || type.getName().startsWith("app.carnet.rights.");
    }

    /** The client an entity belongs to, if it is one whose writes are checked. */
    static OptionalLong clientOf(Object entity) {
        Class<?> type = entity.getClass();
        if (exempt(type)) {
            return OptionalLong.empty();
        }
        var field = clientField(type);
        if (field.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            Object value = field.get().get(entity);
            return value instanceof Number n ? OptionalLong.of(n.longValue()) : OptionalLong.empty();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read the client of " + type.getName(), e);
        }
    }

    private static Optional<Field> clientField(Class<?> type) {
        return CLIENT_FIELDS.computeIfAbsent(type, LimitationGuard::findClientField);
    }

    private static Optional<Field> findClientField(Class<?> type) {
        String name = type.getSimpleName().equals("Client") && type.getPackageName().equals("app.carnet.domain.client")
                ? "id"
                : "clientId";
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return Optional.of(field);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return Optional.empty();
    }

    private static Optional<ProcessingRestrictions> lookUp() {
        @Nullable
        ProcessingRestrictions found = null;
        try {
            var instance = CDI.current().select(ProcessingRestrictions.class);
            if (instance.isResolvable()) {
                found = instance.get();
            }
        } catch (IllegalStateException e) {
            // no CDI container (a tool run outside the server): nothing to enforce
        }
        return Optional.ofNullable(found);
    }
}
