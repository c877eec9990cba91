package dev.tracker.state;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.util.stream.Stream;

/**
 * The sane bounds of a state file. A file beyond them is refused before it can cost memory
 * or time, and the tracker never writes one it would refuse: what it cannot read back, it
 * does not write.
 */
final class StateBounds {
    /** Years of daily changes fit in a few megabytes; 64 MB is far beyond any real file. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** The schema nests three deep (object, skills or history, entry); room for a future schema. */
    static final int MAX_DEPTH = 16;
    /** Ids and titles are one list item's text; a megabyte of it is no longer a skill. */
    static final int MAX_STRING_CHARS = 1024 * 1024;
    /** The only number is "version". */
    static final int MAX_NUMBER_CHARS = 20;

    /** Strict: a duplicate key is an error, never "last one wins". */
    static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNameLength(MAX_STRING_CHARS)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .build())
            .build();

    private StateBounds() {
    }

    /** A title beyond the bounds is cut: it only helps to recognise a skill that was reworded. */
    static String boundedTitle(String title) {
        if (title.length() <= MAX_STRING_CHARS) {
            return title;
        }
        int end = Character.isHighSurrogate(title.charAt(MAX_STRING_CHARS - 1)) ? MAX_STRING_CHARS - 1 : MAX_STRING_CHARS;
        return title.substring(0, end);
    }

    /** Refuses a change whose skill id is too long to be read back, before anything is written. */
    static void requireWritable(Progress progress) {
        Stream.concat(progress.skills().keySet().stream(), progress.history().stream().map(HistoryEntry::id))
                .filter(id -> id.length() > MAX_STRING_CHARS).findFirst().ifPresent(id -> {
                    throw new TrackerException(ExitCode.DATA_ERROR, "cannot record skill " + QuotedText.quote(id)
                            + ": its id is " + id.length() + " characters long, more than the " + MAX_STRING_CHARS
                            + " a state file holds; shorten its text in the roadmap; nothing was changed");
                });
    }

    /** Refuses a state that would outgrow the file the tracker reads, before anything is written. */
    static void requireWritable(byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new TrackerException(ExitCode.DATA_ERROR, "cannot record the change: the state file would grow to "
                    + megabytes(bytes.length) + ", more than the " + megabytes(MAX_FILE_BYTES)
                    + " it may hold; move it away to start afresh; nothing was changed");
        }
    }

    /** {@code out}, refusing (as {@link #requireWritable(byte[])} does) to take more than a state file may hold. */
    static java.io.OutputStream bounded(java.io.OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            private long written;

            @Override
            public void write(int b) throws java.io.IOException {
                count(1);
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
                count(length);
                out.write(bytes, offset, length);
            }

            private void count(int more) {
                written += more;
                if (written > MAX_FILE_BYTES) {
                    throw new TrackerException(ExitCode.DATA_ERROR, "cannot record the change: the state file would "
                            + "grow beyond the " + megabytes(MAX_FILE_BYTES) + " it may hold; move it away to start "
                            + "afresh; nothing was changed");
                }
            }
        };
    }

    static String megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024) + " MB";
    }
}
