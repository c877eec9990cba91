package dev.tracker.files;

import java.util.zip.CRC32C;

/**
 * The seal of the tracker's cache files: their last four bytes are the CRC-32C (big-endian) of
 * all the bytes before them, so that a torn, truncated or damaged cache reads as no cache at all.
 */
public final class TrailingChecksum {
    private TrailingChecksum() {
    }

    /** The CRC-32C of the first {@code length} bytes, as the int written after them. */
    public static int of(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    /** Whether the file's bytes end in the checksum of the rest (and hold at least eight bytes). */
    public static boolean holds(byte[] all) {
        if (all.length < 8) {
            return false;
        }
        int at = all.length - 4;
        int written = (all[at] & 0xff) << 24 | (all[at + 1] & 0xff) << 16 | (all[at + 2] & 0xff) << 8 | all[at + 3] & 0xff;
        return of(all, at) == written;
    }
}
