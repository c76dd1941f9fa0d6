package app.carnet.domain.client;

/**
 * Where a client's data comes from: collected by the practice (in consultation), given by the client in the
 * portal, or given by a third party (a referral: who, in {@code source_detail}).
 */
public enum ClientSource {
    PRACTICE,
    SELF,
    REFERRAL
}
