package app.carnet.domain.admin;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of {@code carnet-admin.jar}, brought by the module that owns what it works on (the journal's check, the
 * keys, later billing's ledger, backup and restore). {@link AdminTool} finds every module's commands by
 * ServiceLoader: a module lists its own in {@code META-INF/services/app.carnet.domain.admin.AdminCommand} and
 * edits nothing else. Operators and scripts depend on the names, arguments, output and exit codes: change none.
 */
public interface AdminCommand {

    /** What the operator types, e.g. {@code journal-verify}; no two commands share it. */
    String name();

    /** The arguments the command takes, in order, as the usage shows them: e.g. {@code key file}. */
    List<String> parameters();

    /**
     * Runs the command with as many arguments as {@link #parameters()} names (the tool checks it). Commands on the
     * database connect through {@link AdminDatabase}.
     *
     * @return the exit code: 0 when done; 1 and 2 are taken by an error and a wrong call of the tool
     */
    int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception;
}
