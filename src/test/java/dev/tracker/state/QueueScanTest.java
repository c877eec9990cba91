package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The queue's order: a waiter waits for the nearest live ticket before its own, passes the free
 * ones (written, given up, dead) once each, never looks below the head, and its turn comes when
 * none before it is live.
 */
class QueueScanTest {
    /** Live tickets, with every probe recorded. */
    private static final class Tickets {
        final Set<Long> live = new TreeSet<>();
        final List<Long> probes = new ArrayList<>();

        Tickets(long... live) {
            for (long t : live) {
                this.live.add(t);
            }
        }

        boolean probe(long ticket) {
            probes.add(ticket);
            return live.contains(ticket);
        }
    }

    @Test
    void aWaiterWithNoLiveTicketBeforeItHasItsTurnAfterOneProbeOfEach() {
        Tickets tickets = new Tickets(9, 12);
        QueueScan scan = new QueueScan(8, 5, tickets::probe);

        assertThat(scan.nearestAhead()).isEqualTo(-1);
        assertThat(tickets.probes).as("tickets after its own and below the head are none of its business")
                .containsExactly(7L, 6L, 5L);
    }

    @Test
    void aWaiterWaitsForTheNearestLiveTicketAndProbesOnlyThatOneAgain() {
        Tickets tickets = new Tickets(3, 6);
        QueueScan scan = new QueueScan(9, 2, tickets::probe);

        assertThat(scan.nearestAhead()).isEqualTo(6);
        assertThat(scan.nearestAhead()).isEqualTo(6);
        assertThat(tickets.probes).containsExactly(8L, 7L, 6L, 6L);

        tickets.live.remove(6L);
        tickets.probes.clear();
        assertThat(scan.nearestAhead()).as("6 wrote: next is 3").isEqualTo(3);
        assertThat(tickets.probes).containsExactly(6L, 5L, 4L, 3L);

        tickets.live.remove(3L);
        assertThat(scan.nearestAhead()).as("3 wrote: this waiter's turn").isEqualTo(-1);
    }

    @Test
    void aDeadWaiterInTheMiddleIsPassedAtTheNextPoll() {
        Tickets tickets = new Tickets(1, 2, 3);
        QueueScan scan = new QueueScan(4, 1, tickets::probe);
        assertThat(scan.nearestAhead()).isEqualTo(3);

        tickets.live.remove(3L); // killed: the kernel dropped its lock
        assertThat(scan.nearestAhead()).isEqualTo(2);
        tickets.live.remove(1L); // the holder wrote; 2 is next
        assertThat(scan.nearestAhead()).isEqualTo(2);
        tickets.live.remove(2L);
        assertThat(scan.nearestAhead()).isEqualTo(-1);
    }

    @Test
    void aTicketFoundFreeIsNeverProbedAgainEvenIfItWereLiveLater() {
        // numbers are given out once: a free ticket stays free, so one found free is passed for good
        Tickets tickets = new Tickets(0);
        QueueScan scan = new QueueScan(3, 0, tickets::probe);
        assertThat(scan.nearestAhead()).isEqualTo(0);
        tickets.live.add(2L);
        assertThat(scan.nearestAhead()).isEqualTo(0);
        assertThat(tickets.probes).containsExactly(2L, 1L, 0L, 0L);
    }

    @Test
    void liveAheadCountsTheLiveTicketsBeforeThisOne() {
        Tickets tickets = new Tickets(0, 2, 3, 7, 8);
        QueueScan scan = new QueueScan(7, 1, tickets::probe);

        assertThat(scan.liveAhead()).as("2 and 3; 0 is below the head, 7 is this waiter, 8 came later").isEqualTo(2);
        tickets.live.clear();
        assertThat(scan.liveAhead()).isZero();
    }

    @Test
    void theFirstTicketHasNoneAheadAndAHeadPastTheTicketIsRefused() {
        Tickets tickets = new Tickets();
        assertThat(new QueueScan(0, 0, tickets::probe).nearestAhead()).isEqualTo(-1);
        assertThat(tickets.probes).isEmpty();
        assertThatThrownBy(() -> new QueueScan(3, 4, tickets::probe)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueueScan(3, -1, tickets::probe)).isInstanceOf(IllegalArgumentException.class);
    }
}
