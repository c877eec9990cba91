package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A state file kept in a git repository and linked from the data folder stays a link. */
class StateSymlinkTest {
    @TempDir
    Path dir;

    @Test
    void writesGoWhereTheLinkPointsAndTheLinkStays() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path target = repo.resolve("state.json");
        Files.writeString(target, "{\n  \"history\": [],\n  \"skills\": {},\n  \"version\": 1\n}\n");
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("share")).resolve("state.json"), target);
        Skill skill = new Skill("r/s", "r", null, null, "S", 0, SkillStatus.TODO, 1);
        new StateStore(link).update(p -> p.with(skill, SkillStatus.DONE, Instant.parse("2026-11-21T09:00:00Z")));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).contains("\"r/s\"");
        assertThat(repo.resolve("state.json.bak")).exists();
    }
}
