package dev.tracker.roadmap;

import java.util.Arrays;

/**
 * Line numbers of offsets into one text, by binary search over where each line starts.
 * Flexmark's own lookup scans from the start of the file on every call, which made a file of
 * 25,000 paragraphs take seconds. Line breaks are counted as Flexmark counts them: "\r\n",
 * "\n", or a lone "\r".
 */
final class LineIndex {
    private final int[] starts;

    LineIndex(CharSequence text) {
        int[] found = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        starts = Arrays.copyOf(found, count);
    }

    /** The 1-based line that holds {@code offset}. */
    int lineOf(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at + 1 : -at - 1;
    }
}
