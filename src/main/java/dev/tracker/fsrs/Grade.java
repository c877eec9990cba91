package dev.tracker.fsrs;

import java.util.Locale;

/** How well a review went, as FSRS grades it: the user's answer to "did you remember it?". */
public enum Grade {
    AGAIN(1, "again"),
    HARD(2, "hard"),
    GOOD(3, "good"),
    EASY(4, "easy");

    private final int value;
    private final String label;

    Grade(int value, String label) {
        this.value = value;
        this.label = label;
    }

    /** 1 to 4, the number the FSRS formulas (and ts-fsrs's {@code Rating}) use. */
    public int value() {
        return value;
    }

    /** The stable lower-case name for commands, the state file and messages. */
    public String label() {
        return label;
    }

    /** Accepts a label in any case ("Good", "EASY"); refuses anything else. */
    public static Grade fromLabel(String label) {
        String wanted = label.toLowerCase(Locale.ROOT);
        for (Grade grade : values()) {
            if (grade.label.equals(wanted)) {
                return grade;
            }
        }
        throw new IllegalArgumentException("unknown grade '" + label + "' (again, hard, good or easy)");
    }

    public static Grade fromValue(int value) {
        if (value < 1 || value > 4) {
            throw new IllegalArgumentException("grade must be 1 to 4, not " + value);
        }
        return values()[value - 1];
    }
}
