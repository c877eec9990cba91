package dev.tracker.graph;

import java.util.Locale;

/** Where a skill stands. The markdown's mark is the baseline; the state file may override it. */
public enum SkillStatus {
    TODO("todo"),
    IN_PROGRESS("in-progress"),
    DONE("done"),
    SKIPPED("skipped");

    private final String label;

    SkillStatus(String label) {
        this.label = label;
    }

    /** The stable name used in the state file, JSON output and messages. */
    public String label() {
        return label;
    }

    public static SkillStatus fromLabel(String label) {
        String wanted = label.toLowerCase(Locale.ROOT);
        for (SkillStatus status : values()) {
            if (status.label.equals(wanted)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status '" + label + "'");
    }
}
