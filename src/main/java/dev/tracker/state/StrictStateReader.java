package dev.tracker.state;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import dev.tracker.state.StateJsonReader.StateFormatException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The strict reading of a state file's bytes, and the words of its faults: a file that cannot
 * be read is named with the place of its fault and a way out, and is never overwritten.
 */
final class StrictStateReader {
    /** What a state file git merged as text holds, and the way out. */
    static final String CONFLICTED = "it holds git conflict markers: git merged it as text, without the tracker's "
            + "merge driver; `tracker doctor --resolve` merges the two sides";

    private final Path file;
    private final Path backupFile;

    StrictStateReader(Path file, Path backupFile) {
        this.file = file;
        this.backupFile = backupFile;
    }

    /**
     * The bytes of a state file, as the loader sees them: decoded strictly, then read by the
     * strict reader. A byte-order mark (some Windows editors add one) is ignored, as in roadmaps.
     */
    Progress parse(byte[] bytes) {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (Utf8Text.valid(bytes, from, bytes.length)) {
            // the usual case, parsed from the bytes: a decoded copy would take twice the file's size in memory, and time
            if (ConflictMarkers.present(bytes, from, bytes.length)) {
                throw damaged(CONFLICTED);
            }
            try {
                return StateJsonReader.read(bytes, from, bytes.length);
            } catch (StateFormatException e) {
                throw damaged(e.place() + e.getMessage());
            }
        }
        return parseDecoded(bytes);
    }

    /** Bytes that are not all UTF-8: decoded strictly, which finds the fault's line and column. */
    private Progress parseDecoded(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        CoderResult decoded = utf8.decode(in, text, true);
        if (!decoded.isError()) {
            decoded = utf8.flush(text);
        }
        if (decoded.isError()) {
            throw damaged(placeOf(text) + "byte " + in.position() + " is not UTF-8 text");
        }
        String json = text.flip().toString();
        if (ConflictMarkers.present(json)) {
            throw damaged(CONFLICTED);
        }
        try {
            return StateJsonReader.read(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (StateFormatException e) {
            throw damaged(e.place() + e.getMessage());
        }
    }

    /** "line 3, column 7: " for the end of the text decoded so far. */
    private static String placeOf(CharBuffer decoded) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.position(); i++) {
            boolean newline = decoded.get(i) == '\n';
            line += newline ? 1 : 0;
            column = newline ? 1 : column + 1;
        }
        return "line " + line + ", column " + column + ": ";
    }

    /** The schema version of bytes already read as a valid state (0 if, against that, it cannot be told). */
    static int schemaOf(StateBytes read) {
        byte[] tail = read.tail(64);
        try {
            int version = SchemaVersionReader.read(tail, 0, tail.length); // the end the writer writes: no copy of it all
            if (version > 0) {
                return version;
            }
        } catch (StateJsonReader.StateFormatException | RuntimeException e) {
            // not the writer's end: the whole file tells
        }
        byte[] bytes = read.array();
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        try {
            return SchemaVersionReader.read(bytes, bom ? 3 : 0, bytes.length);
        } catch (StateJsonReader.StateFormatException e) {
            return 0;
        }
    }

    /** The refusal of a file that cannot be read: what is wrong, that it was left untouched, the way out. */
    TrackerException damaged(String what) {
        // with a backup there is a way out that loses at most the last change: say it
        String wayOut = Files.isRegularFile(backupFile) ? "`tracker doctor --restore-backup` shows what its backup "
                + backupFile.getFileName() + " holds and restores it; or fix it by hand"
                : "fix it by hand, or move it away to start afresh";
        return new TrackerException(ExitCode.DATA_ERROR, "state file " + file + " cannot be read (" + what
                + "); it was left untouched: " + wayOut, new StateDamage(what));
    }
}
