package app.carnet.rights.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.carnet.domain.security.CarnetKeys;
import app.carnet.domain.security.FieldCipher;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An archive cut into sealed parts of 4 MiB, put back together byte for byte; a part moved elsewhere is refused. */
class ArchivePartsTest {

    private static final int SIZE = ArchivePart.SIZE;

    @BeforeAll
    static void keys() {
        FieldCipher.install(CarnetKeys.generate().cipher());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, SIZE - 1, SIZE, SIZE + 1, 2 * SIZE + 1})
    void archive_shouldBeCutAtEachPartSizeAndPutBackWhole(int length) {
        byte[] archive = new byte[length];
        new Random(length).nextBytes(archive);
        List<ArchivePart> parts = new ArrayList<>();
        var out = new ArchiveParts(SIZE, (number, content) -> {
            assertEquals(parts.size(), number, "numbered in order from 0");
            return parts.add(new ArchivePart(9, number, content));
        });
        // written as ZipOutputStream does: in uneven pieces
        for (int at = 0; at < length; at += 65_537) {
            out.write(archive, at, Math.min(65_537, length - at));
        }
        out.close();

        assertEquals(length, out.size());
        assertEquals(Math.max(1, (length + SIZE - 1) / SIZE), parts.size(), "full parts, the rest in the last one");
        var whole = new ByteArrayOutputStream();
        parts.forEach(p -> whole.writeBytes(p.content()));
        assertArrayEquals(archive, whole.toByteArray());
    }

    @Test
    void making_shouldStopWhenTheArchiveIsGone() {
        var out = new ArchiveParts(SIZE, (number, content) -> number < 1);
        out.write(new byte[SIZE], 0, SIZE);
        assertThrows(ArchiveParts.Gone.class, () -> out.write(new byte[SIZE], 0, SIZE));
    }

    @Test
    void part_movedToAnotherArchiveOrPlace_shouldBeRefused() throws Exception {
        var part = new ArchivePart(9, 3, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, part.content());

        set(part, "archiveId", 10L);
        assertThrows(IllegalStateException.class, part::content, "another client's archive");
        set(part, "archiveId", 9L);
        set(part, "number", 2);
        assertThrows(IllegalStateException.class, part::content, "another place in the same archive");
    }

    private static void set(ArchivePart part, String field, Object value) throws Exception {
        var f = ArchivePart.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(part, value);
    }
}
