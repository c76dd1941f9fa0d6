package app.carnet.domain.account;

/** What a link from an invitation email is worth. */
public enum InvitationState {
    VALID, EXPIRED, USED, REVOKED, UNKNOWN
}
