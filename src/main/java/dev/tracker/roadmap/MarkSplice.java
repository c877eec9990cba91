package dev.tracker.roadmap;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A file's bytes with some marks replaced and every other byte as it was. Each mark is found at
 * the offset the parser recorded and checked to be a marker saying what the parse said before
 * it is replaced, so a wrong offset can never write into the text.
 */
final class MarkSplice {
    /** Far more than the longest marker ({@code [✔️]}, 8 bytes) and the char after it. */
    private static final int WINDOW = 64;

    /** The new bytes, and where (byte offsets of the old bytes) a mark was replaced, in file order. */
    record Result(byte[] bytes, int[] replacedAt) {
    }

    private MarkSplice() {
    }

    /** @throws TrackerException (exit 65) when a mark is not where the parse put it, or says something else */
    static Result apply(String fileName, byte[] bytes, List<MarkChange> changes) {
        List<MarkChange> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparingInt(c -> c.skill().markOffset()));
        int[] charOffsets = ordered.stream().mapToInt(c -> c.skill().markOffset()).toArray();
        int[] at = TextOffsets.toBytes(bytes, charOffsets);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 8 * ordered.size());
        int copied = 0;
        for (int i = 0; i < ordered.size(); i++) {
            MarkChange change = ordered.get(i);
            int start = at[i];
            int length = start < copied || charOffsets[i] < 0 ? -1 : markLength(bytes, start, change);
            if (length < 0) {
                throw new TrackerException(ExitCode.DATA_ERROR, fileName + ": the mark of " + change.skill().id()
                        + " (line " + change.skill().line() + ") is not where it was read; nothing was written to it;"
                        + " run the command again");
            }
            out.write(bytes, copied, start - copied);
            out.writeBytes(ItemMarker.markOf(change.to()).getBytes(StandardCharsets.US_ASCII));
            copied = start + length;
        }
        out.write(bytes, copied, bytes.length - copied);
        return new Result(out.toByteArray(), at);
    }

    /** The byte length of the marker at {@code start} if it says what the parse read, else -1. */
    private static int markLength(byte[] bytes, int start, MarkChange change) {
        int end = start;
        while (end < bytes.length && end - start < WINDOW && bytes[end] != '\n' && bytes[end] != '\r') {
            end++;
        }
        String window = new String(bytes, start, end - start, StandardCharsets.UTF_8);
        int markEnd = ItemMarker.markEnd(window);
        if (markEnd < 0 || ItemMarker.statusOfMark(window.substring(0, markEnd)) != change.skill().markedStatus()) {
            return -1;
        }
        return window.substring(0, markEnd).getBytes(StandardCharsets.UTF_8).length;
    }
}
