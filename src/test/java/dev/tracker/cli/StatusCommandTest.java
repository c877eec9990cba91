package dev.tracker.cli;

import static dev.tracker.testing.JsonTree.asList;
import static dev.tracker.testing.JsonTree.asObject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.JsonTree;
import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {
    private static final Pattern BAR = Pattern.compile("[█▒░]+");

    @TempDir
    Path tmp;

    private TrackerRunner tracker;

    @BeforeEach
    void roadmaps() {
        tracker = FixtureRoadmaps.both(tmp);
    }

    @Test
    void printsOneLinePerRoadmapWithDoneTotalAndPercent() {
        List<String> lines = tracker.ok("status").out().lines().toList();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\s+alpha\\s+[█▒░]{10,}\\s+2/7\\s+28%\\s+1 in progress");
        assertThat(lines.get(1)).matches("\\s+beta\\s+[█▒░]{10,}\\s+1/3\\s+50%\\s+1 skipped");
        assertThat(tracker.stateFile()).as("status only reads").doesNotExist();
    }

    @Test
    void noCommandMeansStatus() {
        assertThat(tracker.ok().out()).isEqualTo(tracker.ok("status").out());
    }

    @Test
    void aRoadmapListsItsTopLevelSectionsWithSkills() {
        String out = tracker.ok("status", "alpha").out();

        assertThat(out).startsWith("alpha · Alpha Plan\n");
        assertThat(out).containsPattern("\\n\\s+Basics\\s+[█▒░]+\\s+1/3\\s+33%");
        assertThat(out).containsPattern("\\n\\s+Interfaces\\s+[█▒░]+\\s+1/4\\s+25%");
        assertThat(out).doesNotContain("L1: Junior", "Resources", "beta");
        assertThat(tracker.ok("status", "alpha.md").out()).as("by file name too").isEqualTo(out);
    }

    @Test
    void depthTwoShowsTheLevelsOfEveryRoadmap() {
        String out = tracker.ok("status", "--depth", "2").out();

        assertThat(out).contains("alpha · Alpha Plan", "beta · Beta Notes");
        assertThat(out).containsPattern("L1: Junior\\s+[█▒░]+\\s+0/2\\s+0%");
        assertThat(out).containsPattern("L2: Senior\\s+[█▒░]+\\s+1/2\\s+50%");
        assertThat(out).containsPattern("Only\\s+[█▒░]+\\s+1/3\\s+50%");
        assertThat(out).doesNotContain("Resources");
    }

    @Test
    void sectionsAreIndentedUnderTheirParents() {
        List<String> lines = tracker.ok("status", "--depth", "2").out().lines().toList();

        assertThat(indent(line(lines, "Interfaces"))).isGreaterThan(indent(line(lines, "  alpha ")));
        assertThat(indent(line(lines, "L1: Junior"))).isGreaterThan(indent(line(lines, "Interfaces")));
    }

    @Test
    void barsLineUpInOneColumn() {
        String out = tracker.ok("status", "--depth", "2").out();

        List<Integer> starts = out.lines().map(BAR::matcher).filter(Matcher::find).map(Matcher::start).toList();
        assertThat(starts).as("bar columns in\n%s", out).hasSizeGreaterThan(5).containsOnly(starts.get(0));
    }

    @Test
    void jsonHasTheDocumentedFields() {
        Map<String, Object> json = JsonTree.object(tracker.ok("status", "--json").out());

        List<Object> roadmaps = asList(json.get("roadmaps"));
        assertThat(roadmaps).hasSize(2);
        Map<String, Object> alpha = asObject(roadmaps.get(0));
        assertThat(alpha).containsKeys("id", "file", "title", "total", "done", "inProgress", "skipped", "percent", "sections");
        assertThat(alpha).containsEntry("id", "alpha").containsEntry("file", "alpha.md").containsEntry("title", "Alpha Plan")
                .containsEntry("total", 7L).containsEntry("done", 2L).containsEntry("inProgress", 1L)
                .containsEntry("skipped", 0L).containsEntry("percent", 28L);
        assertThat(asList(alpha.get("sections"))).isEmpty();
        assertThat(asObject(roadmaps.get(1))).containsEntry("id", "beta").containsEntry("skipped", 1L)
                .containsEntry("percent", 50L);
    }

    @Test
    void jsonSectionsFollowTheDepth() {
        Map<String, Object> json = JsonTree.object(tracker.ok("status", "alpha", "--json", "--depth", "2").out());

        List<Object> sections = asList(asObject(asList(json.get("roadmaps")).get(0)).get("sections"));
        assertThat(sections).extracting(s -> asObject(s).get("id"))
                .containsExactly("alpha/basics", "alpha/interfaces", "alpha/interfaces/l1", "alpha/interfaces/l2");
        assertThat(asObject(sections.get(3))).containsEntry("title", "L2: Senior").containsEntry("depth", 2L)
                .containsEntry("level", 2L).containsEntry("total", 2L).containsEntry("done", 1L).containsEntry("percent", 50L);
    }

    @Test
    void negativeDepthIsAUsageError() {
        Run run = tracker.run("status", "--depth", "-1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("tracker: ").contains("--depth");
        assertThat(run.out()).isEmpty();
    }

    private static String line(List<String> lines, String containing) {
        return lines.stream().filter(l -> l.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with '" + containing + "' in " + lines));
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }
}
