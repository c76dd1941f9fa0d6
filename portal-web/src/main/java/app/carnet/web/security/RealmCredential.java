package app.carnet.web.security;

import app.carnet.domain.account.Realm;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** An email and a password typed on the login page of one realm. */
public class RealmCredential extends UsernamePasswordCredential {

    private final Realm realm;
    private final String address;

    /** @param address where the request comes from (the client's address, as the server sees it) */
    public RealmCredential(Realm realm, String email, String password, String address) {
        super(email == null ? "" : email, password == null ? "" : password);
        this.realm = realm;
        this.address = address;
    }

    public String address() {
        return address;
    }

    public Realm realm() {
        return realm;
    }
}
