package dev.tracker.state;

import java.util.function.LongPredicate;

/**
 * Which writer of the queue a waiter waits for. Tickets are numbers given out in order, each
 * once; a ticket is live while its writer holds the lock on it (waiting or writing) and free
 * once that writer wrote, gave up or died, for good. So the waiter with ticket n waits for the
 * nearest live ticket below n, down to the head (no ticket below it can be live): each ticket
 * found free is passed once, and only the nearest live one is probed again, so a queue of fifty
 * costs each waiter one probe a look, and a dead waiter in the middle is passed at the next look.
 * Thread-safe: the waiting notice looks from a thread of its own.
 */
final class QueueScan {
    private final long head;
    private final LongPredicate live;
    /** The ticket below ours that the next probe looks at: every ticket above it, up to ours, was found free. */
    private long cursor;

    /**
     * @param ticket this waiter's ticket
     * @param head   the lowest ticket that may still be live (at most {@code ticket})
     * @param live   whether a ticket is live now
     */
    QueueScan(long ticket, long head, LongPredicate live) {
        if (head < 0 || head > ticket) {
            throw new IllegalArgumentException("head " + head + " outside 0.." + ticket);
        }
        this.head = head;
        this.live = live;
        this.cursor = ticket - 1;
    }

    /** The nearest live ticket ahead of this waiter, or -1 when there is none: its turn. */
    synchronized long nearestAhead() {
        while (cursor >= head && !live.test(cursor)) {
            cursor--;
        }
        return cursor >= head ? cursor : -1;
    }

    /** How many tickets ahead of this waiter are live now (for the waiting notice); probes each once. */
    synchronized long liveAhead() {
        long count = 0;
        for (long t = nearestAhead(); t >= head; t--) {
            if (live.test(t)) {
                count++;
            }
        }
        return count;
    }
}
