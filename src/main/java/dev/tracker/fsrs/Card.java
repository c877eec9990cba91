package dev.tracker.fsrs;

import java.time.Instant;
import java.util.Objects;

/**
 * What the scheduler knows of one thing under review. Immutable: {@link Scheduler#next} returns
 * a new card.
 *
 * @param due         when the next review is due (for a new card: when it may first be shown)
 * @param stability   days until recall drops to 90% (FSRS's S); 0 for a new card
 * @param difficulty  1 to 10 (FSRS's D); 0 for a new card
 * @param reps        reviews so far, failed ones included
 * @param lapses      reviews graded {@link Grade#AGAIN} after the first one
 * @param state       {@link CardState#NEW} until the first review
 * @param lastReview  when it was last reviewed; null only for a new card
 */
public record Card(Instant due, double stability, double difficulty, int reps, int lapses,
                   CardState state, Instant lastReview) {

    /** A card never reviewed. Its due date only matters for ordering: it is due at once. */
    public static final Card NEW = new Card(Instant.EPOCH, 0, 0, 0, 0, CardState.NEW, null);

    public Card {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(state, "state");
        if (reps < 0 || lapses < 0 || lapses > reps) {
            throw new IllegalArgumentException("reps " + reps + " and lapses " + lapses + " do not add up");
        }
        // ts-fsrs refuses a reviewed card's memory state outside these bounds ("Invalid memory
        // state"); checking here makes a damaged state file fail where it is read, not later.
        if (state == CardState.NEW) {
            if (stability != 0 || difficulty != 0) {
                throw new IllegalArgumentException("a new card has no stability or difficulty yet");
            }
        } else {
            Objects.requireNonNull(lastReview, "lastReview of a reviewed card");
            if (!(stability >= MemoryModel.MIN_STABILITY && stability <= MemoryModel.MAX_STABILITY)) {
                throw new IllegalArgumentException("stability " + stability + " out of range");
            }
            if (!(difficulty >= 1 && difficulty <= 10)) {
                throw new IllegalArgumentException("difficulty " + difficulty + " is not between 1 and 10");
            }
        }
    }

    /** A card never reviewed, due from {@code created} on. */
    public static Card newAt(Instant created) {
        return new Card(created, 0, 0, 0, 0, CardState.NEW, null);
    }
}
