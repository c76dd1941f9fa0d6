package app.carnet.web.security;

import app.carnet.domain.account.Realm;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** An email and a password typed on the login page of one realm. */
public class RealmCredential extends UsernamePasswordCredential {

    private final Realm realm;

    public RealmCredential(Realm realm, String email, String password) {
        super(email == null ? "" : email, password == null ? "" : password);
        this.realm = realm;
    }

    public Realm realm() {
        return realm;
    }
}
