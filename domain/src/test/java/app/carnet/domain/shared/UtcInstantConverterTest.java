package app.carnet.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

    private final UtcInstantConverter converter = new UtcInstantConverter();

    @Test
    void instants_shouldBeStoredAsUtcWhateverTheJvmZone() {
        var zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris"));
            var instant = Instant.parse("2026-10-25T00:30:00Z"); // 02:30 in Paris, the night clocks go back
            assertEquals(LocalDateTime.parse("2026-10-25T00:30:00"), converter.convertToDatabaseColumn(instant));
            assertEquals(instant, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)));
        } finally {
            TimeZone.setDefault(zone);
        }
    }
}
