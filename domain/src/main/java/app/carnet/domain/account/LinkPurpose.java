package app.carnet.domain.account;

import java.time.Duration;

/** What a signed link is for: its audience, and how long it works. */
public enum LinkPurpose {
    PASSWORD_RESET("carnet:password-reset", Duration.ofMinutes(30)),
    EMAIL_VERIFICATION("carnet:email-verification", Duration.ofHours(24)),
    /** A partner or a replacement chooses a first password. */
    STAFF_WELCOME("carnet:staff-welcome", Duration.ofDays(7)),
    /** A person who asked to exercise a right answers the practitioner's identity question (décret 2019-536, art. 77). */
    IDENTITY_PROOF("carnet:identity-proof", Duration.ofDays(30)),
    /** The person a deceased client designated confirms their address (Loi Informatique et Libertés art. 85). */
    DESIGNEE_CONFIRMATION("carnet:designee-confirmation", Duration.ofDays(30)),
    /** That person downloads, once, the archive the client's directives communicate to them. */
    DESIGNEE_ARCHIVE("carnet:designee-archive", Duration.ofDays(7));

    private final String audience;
    private final Duration validity;

    LinkPurpose(String audience, Duration validity) {
        this.audience = audience;
        this.validity = validity;
    }

    /** Whether the link goes to someone with no account in Carnet ({@link ThirdPartyLinks}). */
    public boolean toThirdParty() {
        return this == DESIGNEE_CONFIRMATION || this == DESIGNEE_ARCHIVE;
    }

    String audience() {
        return audience;
    }

    Duration validity() {
        return validity;
    }
}
