package app.carnet.domain.shared;

/**
 * Caller names are opaque references, never an email: {@code staff:42} or {@code client:7}.
 * They may appear in logs.
 */
public final class Principals {

    private static final String STAFF = "staff:";
    private static final String CLIENT = "client:";

    private Principals() {
    }

    public static String ofStaff(long id) {
        return STAFF + id;
    }

    public static String ofClient(long id) {
        return CLIENT + id;
    }

    public static boolean isStaff(String name) {
        return name != null && name.startsWith(STAFF);
    }

    public static long staffId(String name) {
        return parse(name, STAFF);
    }

    public static long clientId(String name) {
        return parse(name, CLIENT);
    }

    private static long parse(String name, String prefix) {
        if (name == null || !name.startsWith(prefix)) {
            throw new IllegalStateException("The caller is not a " + prefix.substring(0, prefix.length() - 1));
        }
        return Long.parseLong(name.substring(prefix.length()));
    }
}
