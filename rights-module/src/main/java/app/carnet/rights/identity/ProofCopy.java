package app.carnet.rights.identity;

/** The copy of a document, opened for the practitioner to check it. */
@SuppressWarnings("ArrayRecordComponent") // carries a file's bytes, once; never compared
public record ProofCopy(long clientId, String fileName, String contentType, byte[] content) {

    @Override
    public String toString() {
        return "ProofCopy[" + content.length + " bytes]";
    }
}
