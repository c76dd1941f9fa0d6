package app.carnet.domain.mail;

/** An email waits in the outbox; after commit, the dispatcher sends it. */
record EmailQueued(long emailId) {
}
