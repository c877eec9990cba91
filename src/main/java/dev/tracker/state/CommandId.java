package dev.tracker.state;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.CRC32;

/**
 * A command's id: when it was recorded, to the millisecond, and a checksum of what it did, as
 * {@code 20261203T174501.123Z-1a2b3c4d}. Ids sort in the order commands were recorded (what
 * `undo` walks back through), whatever times their entries carry (--at); the same change made
 * at the same millisecond on two machines is the same command, which a merge keeps once.
 */
public final class CommandId {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private CommandId() {
    }

    /** The id of a command recorded at {@code recorded} whose entries are described by {@code content}. */
    public static String of(Instant recorded, String content) {
        CRC32 crc = new CRC32();
        crc.update(content.getBytes(StandardCharsets.UTF_8));
        return time(recorded) + "-" + String.format("%08x", crc.getValue());
    }

    /** Years beyond four digits (only a hand-edited file has them) as seconds since 1970. */
    private static String time(Instant recorded) {
        try {
            return TIME.format(recorded);
        } catch (java.time.DateTimeException e) {
            return "s" + recorded.getEpochSecond();
        }
    }
}
