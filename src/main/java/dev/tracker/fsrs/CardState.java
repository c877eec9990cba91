package dev.tracker.fsrs;

/**
 * Where a card is in its life, with the numbers of ts-fsrs's {@code State} enum (0 to 3).
 *
 * <p>With same-day learning steps off, as here, the scheduler only ever produces {@link #NEW}
 * (before the first review) and {@link #REVIEW} (after any review, a failed one included).
 * {@link #LEARNING} and {@link #RELEARNING} exist so that cards scheduled elsewhere can be
 * read; they are scheduled exactly like {@link #REVIEW} cards, as ts-fsrs does.
 */
public enum CardState {
    NEW(0),
    LEARNING(1),
    REVIEW(2),
    RELEARNING(3);

    private final int code;

    CardState(int code) {
        this.code = code;
    }

    /** The number ts-fsrs stores for this state. */
    public int code() {
        return code;
    }

    public static CardState fromCode(int code) {
        if (code < 0 || code > 3) {
            throw new IllegalArgumentException("card state must be 0 to 3, not " + code);
        }
        return values()[code];
    }
}
