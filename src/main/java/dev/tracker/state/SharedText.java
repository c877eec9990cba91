package dev.tracker.state;

/**
 * The strings of one state file that repeat (skill ids, titles, kinds, statuses, grades), one
 * instance each, found by the parser's characters: a history repeats a few thousand of them
 * hundreds of thousands of times, and a look-up in place costs less than a new string to hash
 * into a map (and keeps a large history in a small heap). Not thread-safe: one per reader.
 */
final class SharedText {
    /** Open addressing, at most half full; the characters of each string beside it, to compare without String.charAt. */
    private String[] strings = new String[1024];
    private char[][] chars = new char[1024][];
    private int[] hashes = new int[1024];
    private int size;

    /** The string {@code buffer[from, from + length)} spells, when it was {@link #add added}; else null. */
    String find(char[] buffer, int from, int length) {
        int hash = hash(buffer, from, length);
        int mask = strings.length - 1;
        for (int slot = hash & mask; strings[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && same(chars[slot], buffer, from, length)) {
                return strings[slot];
            }
        }
        return null;
    }

    /** Adds {@code text}, which {@link #find} did not find. */
    void add(String text) {
        if (2 * (size + 1) > strings.length) {
            grow();
        }
        char[] spelled = text.toCharArray();
        put(text, spelled, hash(spelled, 0, spelled.length));
        size++;
    }

    private void put(String text, char[] spelled, int hash) {
        int mask = strings.length - 1;
        int slot = hash & mask;
        while (strings[slot] != null) {
            slot = (slot + 1) & mask;
        }
        strings[slot] = text;
        chars[slot] = spelled;
        hashes[slot] = hash;
    }

    private void grow() {
        String[] oldStrings = strings;
        char[][] oldChars = chars;
        int[] oldHashes = hashes;
        strings = new String[oldStrings.length * 2];
        chars = new char[oldStrings.length * 2][];
        hashes = new int[oldStrings.length * 2];
        for (int i = 0; i < oldStrings.length; i++) {
            if (oldStrings[i] != null) {
                put(oldStrings[i], oldChars[i], oldHashes[i]);
            }
        }
    }

    /** String's hash, spread: ids of one plan can differ only in a digit in the middle ("day-7/evening"). */
    private static int hash(char[] buffer, int from, int length) {
        int hash = 0;
        for (int i = from; i < from + length; i++) {
            hash = 31 * hash + buffer[i];
        }
        return hash ^ (hash >>> 16);
    }

    private static boolean same(char[] known, char[] buffer, int from, int length) {
        if (known.length != length) {
            return false;
        }
        // from the end, where ids of one roadmap differ
        for (int i = length - 1; i >= 0; i--) {
            if (known[i] != buffer[from + i]) {
                return false;
            }
        }
        return true;
    }
}
