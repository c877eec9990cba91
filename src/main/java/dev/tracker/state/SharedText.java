package dev.tracker.state;

import java.util.Arrays;

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

    /** A hash of every character, spread: ids of one plan can differ in one digit in the middle ("day-7/evening"). */
    private static int hash(char[] buffer, int from, int length) {
        int hash = length;
        int i = from;
        int end = from + length;
        // four characters a step: a cold JVM runs this loop for every id and title of the file
        for (; i + 3 < end; i += 4) {
            hash = 923_521 * hash + 29_791 * buffer[i] + 961 * buffer[i + 1] + 31 * buffer[i + 2] + buffer[i + 3];
        }
        for (; i < end; i++) {
            hash = 31 * hash + buffer[i];
        }
        return hash ^ (hash >>> 16);
    }

    private static boolean same(char[] known, char[] buffer, int from, int length) {
        return known.length == length && Arrays.equals(known, 0, length, buffer, from, from + length);
    }
}
