package dev.tracker.docs;

import java.util.List;

/** Whether lines match a sample whose {@code ...} lines each stand for any number of lines (none too). */
final class Elided {
    private Elided() {
    }

    static boolean isElision(String line) {
        return line.strip().equals("...");
    }

    static boolean matches(List<String> expected, List<String> actual) {
        return matches(expected, 0, actual, 0);
    }

    private static boolean matches(List<String> expected, int e, List<String> actual, int a) {
        if (e == expected.size()) {
            return a == actual.size();
        }
        if (isElision(expected.get(e))) {
            for (int skip = a; skip <= actual.size(); skip++) {
                if (matches(expected, e + 1, actual, skip)) {
                    return true;
                }
            }
            return false;
        }
        return a < actual.size() && expected.get(e).equals(actual.get(a)) && matches(expected, e + 1, actual, a + 1);
    }
}
