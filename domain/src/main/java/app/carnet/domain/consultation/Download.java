package app.carnet.domain.consultation;

/** An attachment to send back: its name, its type (as recognised at upload) and its bytes. */
@SuppressWarnings("ArrayRecordComponent") // carries a file's bytes, once; never compared
public record Download(String fileName, String contentType, byte[] content) {

    @Override
    public String toString() {
        return "Download[" + contentType + "]";
    }
}
