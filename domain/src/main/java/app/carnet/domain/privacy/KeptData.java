package app.carnet.domain.privacy;

/**
 * What an erasure keeps about a client, and why: {@code reason} is a message key ({@code privacy.kept.<table>})
 * that says which obligation, and for how long.
 */
public record KeptData(String table, String reason) {

    public static KeptData of(String table) {
        return new KeptData(table, "privacy.kept." + table);
    }
}
