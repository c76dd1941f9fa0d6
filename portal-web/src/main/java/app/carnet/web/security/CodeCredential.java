package app.carnet.web.security;

import app.carnet.domain.account.Realm;
import jakarta.security.enterprise.credential.Credential;

/** A code of the second factor (from the app, or a recovery code), typed on the code page of one realm. */
public record CodeCredential(Realm realm, String code) implements Credential {

    @Override
    public String toString() {
        return "CodeCredential[" + realm + "]";
    }
}
