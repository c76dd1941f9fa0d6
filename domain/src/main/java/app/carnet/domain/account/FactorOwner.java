package app.carnet.domain.account;

import app.carnet.domain.shared.Principals;

/** Whose second factor: a staff member or a client, by realm and id. */
record FactorOwner(Realm realm, long id) {

    static FactorOwner of(String principalName) {
        return Principals.isStaff(principalName) ? new FactorOwner(Realm.STAFF, Principals.staffId(principalName))
                : new FactorOwner(Realm.CLIENT, Principals.clientId(principalName));
    }

    String principalName() {
        return realm == Realm.STAFF ? Principals.ofStaff(id) : Principals.ofClient(id);
    }
}
