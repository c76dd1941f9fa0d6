package app.carnet.domain.account;

import java.util.Optional;

/** What the invitation page needs: whether the link works, and the invited client's language. */
public record InvitationView(InvitationState state, Optional<String> language) {

    static InvitationView unknown() {
        return new InvitationView(InvitationState.UNKNOWN, Optional.empty());
    }
}
