package app.carnet.domain.admin;

import java.io.PrintStream;
import java.util.List;

/** A command another module brings, listed in the test class path's META-INF/services only. */
public final class AnotherModuleCommand implements AdminCommand {

    @Override
    public String name() {
        return "another-check";
    }

    @Override
    public List<String> parameters() {
        return List.of("word");
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        out.println("checked " + arguments.getFirst());
        return 5;
    }
}
