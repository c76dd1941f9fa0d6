package app.carnet.domain.admin;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The administration command, {@code java -jar carnet-admin.jar <command> <arguments>} (README, docs/security.md).
 * It only dispatches: the commands are the modules' {@link AdminCommand}s, found by ServiceLoader, so that the jar
 * built where every module is visible (portal-web) offers every module's commands: today the keys' (security),
 * the journal's check (journal) and the reset of a lost second factor (account).
 * An unknown command or a wrong number of arguments prints the usage and exits with 2.
 */
public final class AdminTool {

    private AdminTool() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(found(), List.of(args), System.out, System.err));
    }

    /** Every module's commands on the class path. */
    static ServiceLoader<AdminCommand> found() {
        return ServiceLoader.load(AdminCommand.class, AdminCommand.class.getClassLoader());
    }

    /** @return the exit code of the command, or 2 when the tool was called wrongly */
    static int run(Iterable<AdminCommand> found, List<String> args, PrintStream out, PrintStream err)
            throws Exception {
        Map<String, AdminCommand> commands = byName(found);
        AdminCommand command = args.isEmpty() ? null : commands.get(args.getFirst());
        if (command == null || args.size() - 1 != command.parameters().size()) {
            usage(commands.values(), err);
            return 2;
        }
        try {
            return command.run(args.subList(1, args.size()), out, err);
        } catch (AdminDatabase.NotConfigured e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    /** @throws IllegalStateException when two modules bring a command of the same name: the jar is wrongly built */
    private static Map<String, AdminCommand> byName(Iterable<AdminCommand> found) {
        var commands = new TreeMap<String, AdminCommand>();
        for (AdminCommand command : found) {
            AdminCommand other = commands.putIfAbsent(command.name(), command);
            if (other != null) {
                throw new IllegalStateException("Two commands are named " + command.name() + ": "
                        + other.getClass().getName() + " and " + command.getClass().getName());
            }
        }
        return commands;
    }

    private static void usage(Collection<AdminCommand> commands, PrintStream err) {
        err.println("Usage: java -jar carnet-admin.jar <command> <arguments>, the command one of:");
        for (AdminCommand command : commands) {
            var line = new StringBuilder("       ").append(command.name());
            command.parameters().forEach(p -> line.append(" <").append(p).append('>'));
            err.println(line);
        }
        err.println("       (the commands on the database read CARNET_DB_URL, CARNET_DB_USER, CARNET_DB_PASSWORD)");
    }
}
