package app.carnet.rights.data;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * An archive's bytes as they are written, cut into parts of {@code partSize} bytes, each handed to {@link Sink} as
 * soon as it is full, the last one on {@link #close()}; an empty archive still makes one (empty) part.
 */
final class ArchiveParts extends OutputStream {

    /** Where the parts go, in order, numbered from 0. */
    interface Sink {

        /** @return false when the archive is gone (deleted while it was made): the making stops */
        boolean part(int number, byte[] content);
    }

    /** The archive was deleted while it was being made. */
    static final class Gone extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Gone() {
            super("The archive was deleted while it was made", null, false, false);
        }
    }

    private final Sink sink;
    private final byte[] buffer;
    private int filled;
    private int number;
    private long size;

    ArchiveParts(int partSize, Sink sink) {
        this.buffer = new byte[partSize];
        this.sink = sink;
    }

    /** How many bytes were written. */
    long size() {
        return size;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        int at = offset;
        int left = length;
        while (left > 0) {
            int taken = Math.min(left, buffer.length - filled);
            System.arraycopy(bytes, at, buffer, filled, taken);
            filled += taken;
            at += taken;
            left -= taken;
            size += taken;
            if (filled == buffer.length) {
                hand();
            }
        }
    }

    /** Hands the last part, if it holds anything or if there was none. */
    @Override
    public void close() {
        if (filled > 0 || number == 0) {
            hand();
        }
    }

    private void hand() {
        if (!sink.part(number++, Arrays.copyOf(buffer, filled))) {
            throw new Gone();
        }
        filled = 0;
    }
}
