package app.carnet.domain.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tool runs the commands that modules list for ServiceLoader: the domain's and {@link AnotherModuleCommand}. */
class AdminToolTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Iterable<AdminCommand> commands, String... args) throws Exception {
        return AdminTool.run(commands, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void run_shouldRunACommandThatAnotherModuleLists() throws Exception {
        assertEquals(5, run(AdminTool.found(), "another-check", "bonjour"), "the command's exit code");
        assertEquals("checked bonjour" + System.lineSeparator(), out());
    }

    @Test
    void run_shouldListEveryCommandFoundWhenTheCommandIsUnknown() throws Exception {
        assertEquals(2, run(AdminTool.found(), "keys-lose"));
        for (String usage : List.of("another-check <word>", "journal-verify <key file>", "keys-generate <key file>",
                "keys-rotate <key file>", "second-factor-reset <key file> <staff email>")) {
            assertTrue(err().contains(" " + usage + System.lineSeparator()), usage + " in " + err());
        }
        assertTrue(err().contains("CARNET_DB_URL, CARNET_DB_USER, CARNET_DB_PASSWORD"), err());
        assertEquals("", out());
    }

    @Test
    void run_shouldPrintTheUsageWithoutACommandOrWithTheWrongNumberOfArguments() throws Exception {
        assertEquals(2, run(AdminTool.found()));
        assertEquals(2, run(AdminTool.found(), "another-check"));
        assertEquals(2, run(AdminTool.found(), "another-check", "bonjour", "encore"));
        assertTrue(err().startsWith("Usage: "), err());
        assertEquals("", out(), "the command did not run");
    }

    @Test
    void run_shouldRefuseTwoCommandsOfTheSameName() {
        var twice = List.<AdminCommand>of(new AnotherModuleCommand(), new AnotherModuleCommand());
        var e = assertThrows(IllegalStateException.class, () -> run(twice, "another-check", "bonjour"));
        assertTrue(e.getMessage().contains("another-check")
                && e.getMessage().contains(AnotherModuleCommand.class.getName()), e.getMessage());
        assertEquals("", out(), "neither ran");
    }

    @Test
    void run_shouldSayWhichVariableIsMissingAndExitWith2() throws Exception {
        AdminCommand onTheDatabase = new AdminCommand() {
            @Override
            public String name() {
                return "on-the-database";
            }

            @Override
            public List<String> parameters() {
                return List.of();
            }

            @Override
            public int run(List<String> arguments, PrintStream out, PrintStream err) {
                throw new AdminDatabase.NotConfigured("CARNET_DB_URL is not set.");
            }
        };
        assertEquals(2, run(List.of(onTheDatabase), "on-the-database"));
        assertEquals("CARNET_DB_URL is not set." + System.lineSeparator(), err());
    }
}
