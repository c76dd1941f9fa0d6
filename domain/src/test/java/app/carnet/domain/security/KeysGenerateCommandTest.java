package app.carnet.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysGenerateCommandTest {

    @TempDir
    Path directory;

    @Test
    void run_shouldWriteNewKeysButNeverReplaceAKeyFile() throws Exception {
        Path file = directory.resolve("carnet-keys.properties");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var command = new KeysGenerateCommand();
        assertEquals(0, command.run(List.of(file.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("New keys in " + file), out.toString());
        String keys = Files.readString(file);
        CarnetKeys.parse(keys);

        assertEquals(1, command.run(List.of(file.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("exists already"), err.toString());
        assertEquals(keys, Files.readString(file), "the keys are kept");
    }
}
