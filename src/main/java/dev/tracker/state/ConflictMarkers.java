package dev.tracker.state;

import java.util.Optional;

/**
 * A state file that git merged as text, without the tracker's merge driver: conflict markers
 * ({@code <<<<<<<}, {@code =======}, {@code >>>>>>>}, and diff3's {@code |||||||}) around the
 * lines each side changed. Split back into the two sides: the lines outside the markers belong
 * to both, those between {@code <<<<<<<} and {@code =======} to ours, the rest to theirs; a
 * diff3 base section belongs to neither.
 */
final class ConflictMarkers {
    /** The two files git could not merge. */
    record Sides(String ours, String theirs) {
    }

    private ConflictMarkers() {
    }

    /** Whether the text has a line that opens a conflict. */
    static boolean present(String text) {
        return text.startsWith("<<<<<<<") || text.contains("\n<<<<<<<");
    }

    /** As {@link #present(String)}, on the file's bytes (the markers are ASCII). */
    static boolean present(byte[] bytes, int from, int to) {
        for (int i = from; i + 7 <= to; i++) {
            if ((i == from || bytes[i - 1] == '\n') && bytes[i] == '<') {
                int k = 1;
                while (k < 7 && bytes[i + k] == '<') {
                    k++;
                }
                if (k == 7) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The two sides, or empty when the text holds no conflict, or markers that do not pair up. */
    static Optional<Sides> split(String text) {
        if (!present(text)) {
            return Optional.empty();
        }
        StringBuilder ours = new StringBuilder(text.length());
        StringBuilder theirs = new StringBuilder(text.length());
        int section = 0; // 0 both, 1 ours, 2 base (diff3), 3 theirs
        for (String line : text.split("(?<=\n)")) {
            if (line.startsWith("<<<<<<<") && section == 0) {
                section = 1;
            } else if (line.startsWith("|||||||") && section == 1) {
                section = 2;
            } else if (line.startsWith("=======") && (section == 1 || section == 2)) {
                section = 3;
            } else if (line.startsWith(">>>>>>>") && section == 3) {
                section = 0;
            } else if (section == 0) {
                ours.append(line);
                theirs.append(line);
            } else if (section == 1) {
                ours.append(line);
            } else if (section == 3) {
                theirs.append(line);
            }
        }
        return section == 0 ? Optional.of(new Sides(ours.toString(), theirs.toString())) : Optional.empty();
    }
}
