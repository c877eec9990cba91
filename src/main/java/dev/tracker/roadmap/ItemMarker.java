package dev.tracker.roadmap;

import dev.tracker.graph.SkillStatus;
import java.util.Optional;

/**
 * The marker a list item starts with: {@code [ ]} todo, {@code [x]}/{@code [X]} done,
 * {@code [/]} in progress, {@code [-]} skipped, a check symbol or ballot box (✔ ✓ ✅ ☑ ☒,
 * bare or in brackets, with or without U+FE0F) done, or an empty ballot box (☐) todo. A
 * marker is followed by whitespace or the end.
 *
 * @param status what the marker says
 * @param rest   the item's text after the marker
 */
record ItemMarker(SkillStatus status, String rest) {
    private static final String CHECKS = "\u2714\u2713\u2705\u2611\u2612";
    private static final char BALLOT_BOX = '\u2610';
    private static final char VARIATION_SELECTOR = '\uFE0F';

    static Optional<ItemMarker> parse(String raw) {
        String text = raw.stripLeading();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int end;
        SkillStatus status;
        if (text.charAt(0) == '[') {
            int close = text.indexOf(']');
            if (close < 2 || close > 3) {
                return Optional.empty();
            }
            status = statusOf(text.substring(1, close));
            end = close + 1;
        } else {
            int symbolEnd = symbolEnd(text, 0);
            status = symbolEnd > 0 ? symbolStatus(text.charAt(0)) : null;
            end = symbolEnd;
        }
        if (status == null || end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            return Optional.empty();
        }
        return Optional.of(new ItemMarker(status, text.substring(end).strip()));
    }

    private static SkillStatus statusOf(String inside) {
        switch (inside) {
            case " ": return SkillStatus.TODO;
            case "x": case "X": return SkillStatus.DONE;
            case "/": return SkillStatus.IN_PROGRESS;
            case "-": return SkillStatus.SKIPPED;
            default: return symbolEnd(inside, 0) == inside.length() ? symbolStatus(inside.charAt(0)) : null;
        }
    }

    private static SkillStatus symbolStatus(char symbol) {
        return symbol == BALLOT_BOX ? SkillStatus.TODO : SkillStatus.DONE;
    }

    /** The end of a check symbol (and its variation selector) at {@code from}, or 0 if there is none. */
    private static int symbolEnd(String text, int from) {
        if (from >= text.length() || CHECKS.indexOf(text.charAt(from)) < 0 && text.charAt(from) != BALLOT_BOX) {
            return 0;
        }
        int end = from + 1;
        return end < text.length() && text.charAt(end) == VARIATION_SELECTOR ? end + 1 : end;
    }

    /**
     * A marker written without the space after it ("[ ]Missing space", "[x]Done"), which is
     * therefore no marker; a link ("[x](url)", "[x][ref]") is none of these.
     */
    static boolean lacksItsSpace(String raw) {
        String text = raw.stripLeading();
        if (text.length() < 4 || text.charAt(0) != '[' || text.charAt(2) != ']' || " xX/-".indexOf(text.charAt(1)) < 0) {
            return false;
        }
        char after = text.charAt(3);
        return !Character.isWhitespace(after) && after != '(' && after != '[' && after != ':';
    }
}
