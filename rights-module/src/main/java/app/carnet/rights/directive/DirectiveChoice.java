package app.carnet.rights.directive;

/** What becomes of a category of data at the client's death (Loi Informatique et Libertés art. 85 I). */
public enum DirectiveChoice {
    /** Kept as long as the ordinary retention says, then erased. */
    KEEP,
    /** Erased when the death is recorded, but for what the law requires to keep. */
    ERASE,
    /** Given to the person the client designated, through a single-use link, then kept as for KEEP. */
    COMMUNICATE
}
