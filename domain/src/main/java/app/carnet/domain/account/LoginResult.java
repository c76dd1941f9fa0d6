package app.carnet.domain.account;

/** What a login with a password leads to. */
public sealed interface LoginResult {

    /** A wrong email or password, or a login held back by the throttle: the same answer. */
    record Refused() implements LoginResult {
    }

    /** The caller is logged in (a staff member without a second factor only into its enrolment). */
    record LoggedIn(AuthenticatedCaller caller) implements LoginResult {
    }

    /** The password is right; the login waits for a code of the account's second factor. */
    record SecondFactorRequired(String principalName) implements LoginResult {
    }
}
