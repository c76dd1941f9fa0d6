package app.carnet.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Every instant is stored in a {@code DATETIME} column as UTC, whatever the time zone of the JVM or of
 * the database server: a {@code LocalDateTime} goes through the driver unchanged.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public @Nullable LocalDateTime convertToDatabaseColumn(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public @Nullable Instant convertToEntityAttribute(@Nullable LocalDateTime stored) {
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }
}
