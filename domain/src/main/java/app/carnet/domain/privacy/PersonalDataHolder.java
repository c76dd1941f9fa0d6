package app.carnet.domain.privacy;

import java.util.List;
import java.util.Set;

/**
 * One module's part of the personal-data contract: for one client, what it holds (an export, which also says what
 * there is), and its erasure, which keeps only what a legal obligation requires and says so. The rights module drives
 * every holder; the tables they answer for cover the {@link PersonalData registry} (a test fails otherwise).
 * Holders run inside the caller's transaction and check no access: the caller does.
 */
public interface PersonalDataHolder {

    /** The tables of the registry this holder answers for. */
    Set<String> tables();

    /** Adds to {@code export} everything this module holds about the client. */
    void export(long clientId, ClientExport export);

    /**
     * Erases what this module holds about the client.
     *
     * @return what it keeps, and why (nothing when everything went)
     */
    List<KeptData> erase(long clientId);

    /** Whether this holder erases the client's file itself, which the others' records refer to: it goes last. */
    default boolean holdsTheFile() {
        return false;
    }
}
