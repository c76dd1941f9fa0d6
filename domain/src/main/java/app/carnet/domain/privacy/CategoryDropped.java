package app.carnet.domain.privacy;

/**
 * The practitioner no longer keeps an optional category of data: every module erases the fields of that category
 * it holds, in the same transaction.
 */
public record CategoryDropped(DataCategory category) {
}
