package dev.tracker.roadmap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The unified diff ({@code diff -u}, 3 lines of context) of a file whose marks were replaced:
 * the same lines before and after, only the marked lines changed. Lines end at "\n", "\r\n"
 * or a lone "\r" (as the parser counts them); a line that ends in "\r\n" keeps its "\r", as
 * {@code diff -u} prints it, so that {@code patch} applies the diff to a CRLF file, and a last
 * line without a line break is followed by "\ No newline at end of file".
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff of {@code before} and {@code after}, whose marks at {@code replacedAt} (old byte offsets, ascending) changed. */
    static String of(String name, byte[] before, byte[] after, int[] replacedAt) {
        List<int[]> oldLines = lines(before);
        List<int[]> newLines = lines(after);
        List<Integer> changed = new ArrayList<>();
        int line = 0;
        for (int offset : replacedAt) {
            while (line + 1 < oldLines.size() && oldLines.get(line + 1)[0] <= offset) {
                line++;
            }
            if (changed.isEmpty() || changed.get(changed.size() - 1) != line) {
                changed.add(line);
            }
        }
        StringBuilder diff = new StringBuilder("--- a/" + name + "\n+++ b/" + name + "\n");
        for (int i = 0; i < changed.size(); ) {
            int first = Math.max(0, changed.get(i) - CONTEXT);
            int j = i;
            while (j + 1 < changed.size() && changed.get(j + 1) - changed.get(j) <= 2 * CONTEXT) {
                j++;
            }
            int last = Math.min(oldLines.size() - 1, changed.get(j) + CONTEXT);
            int count = last - first + 1;
            diff.append("@@ -").append(first + 1).append(',').append(count).append(" +").append(first + 1).append(',')
                    .append(count).append(" @@\n");
            for (int k = first, c = i; k <= last; k++) {
                if (c <= j && changed.get(c) == k) {
                    line(diff, '-', before, oldLines.get(k));
                    line(diff, '+', after, newLines.get(k));
                    c++;
                } else {
                    line(diff, ' ', before, oldLines.get(k));
                }
            }
            i = j + 1;
        }
        return diff.toString();
    }

    private static void line(StringBuilder diff, char sign, byte[] bytes, int[] line) {
        diff.append(sign).append(text(bytes, line)).append('\n');
        if (line[1] == bytes.length) {
            diff.append("\\ No newline at end of file\n");
        }
    }

    /** Each line's start and end (its "\r" kept when it ends in "\r\n", else the line break excluded). */
    private static List<int[]> lines(byte[] bytes) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                boolean crlf = bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n';
                lines.add(new int[] {start, crlf ? i + 1 : i});
                if (crlf) {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < bytes.length || lines.isEmpty()) {
            lines.add(new int[] {start, bytes.length});
        }
        return lines;
    }

    private static String text(byte[] bytes, int[] line) {
        return new String(bytes, line[0], line[1] - line[0], StandardCharsets.UTF_8);
    }
}
