package dev.tracker.state;

/** What a history entry records; its label is the {@code "kind"} of the state file (schema 2). */
public enum EntryKind {
    /** A status set by check, uncheck, start or skip (or write-marks handing a skill back to the markdown). */
    STATUS("status"),
    /** A recall graded again, hard, good or easy: a review on the skill's memory schedule. */
    REVIEW("review"),
    /** A skill found done in the markdown, never reviewed: its schedule starts here, as a review graded good. */
    SEEN("seen"),
    /** A dated note on a skill. */
    NOTE("note"),
    /** A note removed; {@code ref} names the command that wrote it. */
    NOTE_DELETE("note-delete"),
    /** Everything of the skill {@code ref} (its status, reviews and notes) moved to the skill {@code id}. */
    REATTACH("reattach"),
    /** The command {@code ref} reverted; one entry for each entry of that command, saying what it reverted. */
    UNDO("undo");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind named {@code label}; IllegalArgumentException for any other word. */
    public static EntryKind fromLabel(String label) {
        for (EntryKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no entry kind " + label);
    }
}
