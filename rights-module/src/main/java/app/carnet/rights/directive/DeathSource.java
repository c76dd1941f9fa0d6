package app.carnet.rights.directive;

/** How the practitioner learnt of the death. */
public enum DeathSource {
    FAMILY, NOTARY, DEATH_CERTIFICATE, PUBLIC_NOTICE, OTHER
}
