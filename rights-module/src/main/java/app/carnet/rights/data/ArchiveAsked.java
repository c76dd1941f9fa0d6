package app.carnet.rights.data;

/** Fired when a client asks for an archive made in the background; it is started once that is committed. */
record ArchiveAsked(long archiveId) {
}
