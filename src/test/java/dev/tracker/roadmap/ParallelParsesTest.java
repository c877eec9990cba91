package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Roadmap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files parsed side by side come back in file order, refusals in their place, as one by one would give them. */
class ParallelParsesTest {
    private static final String TOO_DEEP = "> ".repeat(ParseLimits.MAX_NESTING + 50) + "- [ ] deep\n";

    @TempDir
    Path folder;

    @Test
    void outcomesFollowTheJobsAndARefusalStaysInItsPlace() {
        List<ParallelParses.Job> jobs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            jobs.add(new ParallelParses.Job("r" + i, "r" + i + ".md", i == 5 ? TOO_DEEP : "# R" + i + "\n- [ ] skill " + i + "\n"));
        }
        List<ParallelParses.Outcome> outcomes = ParallelParses.run(jobs, Duration.ofSeconds(5));
        assertThat(outcomes).hasSize(8);
        for (int i = 0; i < 8; i++) {
            if (i == 5) {
                assertThat(outcomes.get(i).roadmap()).isNull();
                assertThat(outcomes.get(i).refused()).hasMessageContaining("nest");
            } else {
                assertThat(outcomes.get(i).roadmap()).extracting(Roadmap::id, Roadmap::title).containsExactly("r" + i, "R" + i);
            }
        }
    }

    @Test
    void aFolderLoadsTheSameInParallelAsOneByOne() throws Exception {
        for (int i = 0; i < 6; i++) {
            Files.writeString(folder.resolve("plan-" + i + ".md"), i == 2 ? TOO_DEEP : "# Plan " + i + "\n- [x] done " + i + "\n");
        }
        Files.writeString(folder.resolve("plan-9.markdown"), "- [ ] same slug as nothing\n");
        LoadedRoadmaps loaded = RoadmapLoader.read(folder);
        assertThat(loaded.roadmaps()).extracting(Roadmap::id)
                .containsExactly("plan-0", "plan-1", "plan-3", "plan-4", "plan-5", "plan-9");
        assertThat(loaded.warnings()).singleElement().asString().contains("plan-2.md");
    }
}
