package app.carnet.domain.consultation;

/** A file as the browser sent it: its name (maybe with a path) and its bytes. */
@SuppressWarnings("ArrayRecordComponent") // carries a file's bytes, once; never compared
public record Upload(String fileName, byte[] content) {

    @Override
    public String toString() {
        return "Upload[" + (content == null ? 0 : content.length) + " bytes]";
    }
}
