package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.SkillStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty processes check twenty different skills at the same moment, three rounds running:
 * every change is recorded, every history entry is there, and the file stays valid. Without
 * the lock, read-modify-write loses about half of such changes.
 */
@Tag(ChildJvm.TAG)
@Timeout(180)
class ConcurrentWritersTest {
    private static final int PROCESSES = 20;
    private static final int ROUNDS = 3;

    @TempDir
    Path dir;

    @Test
    void twentyProcessesCheckingAtTheSameMomentAreAllRecorded() throws IOException {
        Path state = dir.resolve("state.json");
        List<HistoryEntry> earlierRounds = List.of();
        for (int round = 1; round <= ROUNDS; round++) {
            List<String> ids = skillIds(round);
            Path start = dir.resolve("start-" + round);
            List<ChildJvm> children = ids.stream()
                    .map(id -> ChildJvm.start("check", state.toString(), id, start.toString()))
                    .collect(Collectors.toList());
            try {
                children.forEach(ChildJvm::awaitReady);
                Files.createFile(start); // every child is polling for it: they all go at once
                for (ChildJvm child : children) {
                    assertThat(child.exitCode()).as(child::rest).isZero();
                }
            } finally {
                children.forEach(ChildJvm::killIfAlive);
            }
            Progress progress = new StateStore(state).load();
            assertThat(progress.history()).as("round %d: every change", round).hasSize(PROCESSES * round);
            assertThat(progress.history().subList(0, earlierRounds.size())).as("the earlier rounds' history, untouched")
                    .isEqualTo(earlierRounds);
            assertThat(progress.history().subList(earlierRounds.size(), progress.history().size()))
                    .extracting(HistoryEntry::id).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(progress.skills()).containsKeys(ids.toArray(String[]::new))
                    .allSatisfy((id, skill) -> assertThat(skill.status()).isEqualTo(SkillStatus.DONE));
            assertThat(new StateStore(state.resolveSibling("state.json.bak")).load().history())
                    .as("the backup is the state one change earlier").hasSize(PROCESSES * round - 1);
            assertNoTempFiles();
            List<HistoryEntry> thisRound = progress.history().subList(earlierRounds.size(), progress.history().size());
            System.out.printf("ConcurrentWritersTest: round %d, %d changes made within %d ms%n", round, thisRound.size(),
                    Duration.between(thisRound.get(0).at(), thisRound.get(thisRound.size() - 1).at()).toMillis());
            earlierRounds = progress.history();
        }
        System.out.printf("ConcurrentWritersTest: %d processes x %d rounds, %d of %d changes recorded%n",
                PROCESSES, ROUNDS, earlierRounds.size(), PROCESSES * ROUNDS);
    }

    private static List<String> skillIds(int round) {
        return IntStream.rangeClosed(1, PROCESSES).mapToObj(i -> "round-" + round + "/skill-" + i).collect(Collectors.toList());
    }

    private void assertNoTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith(".tmp"));
        }
    }
}
