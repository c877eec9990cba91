package dev.tracker.state;

import static dev.tracker.state.StateFixtures.T1;
import static dev.tracker.state.StateFixtures.todo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.tracker.graph.SkillStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Root changing another user's state keeps it that user's: the new state, its backup and the
 * lock and queue files belong to the owner and group the file had, so its owner can still read and change
 * it. (A user who is not root is refused instead: {@link OtherUserProcessTest}.)
 */
class StateOwnerTest {
    @TempDir
    Path dir;

    @Test
    void rootWritingNobodysStateLeavesItNobodys() throws IOException {
        assumeThat(FileOwner.CURRENT_UID).as("only root may give a file to another user").isZero();
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal nobody = users.lookupPrincipalByName("nobody");
        GroupPrincipal nogroup = Files.readAttributes(Path.of("/"), java.nio.file.attribute.PosixFileAttributes.class).group();
        try {
            nogroup = users.lookupPrincipalByGroupName("nogroup");
        } catch (IOException e) {
            // no group of that name here: root's group stands in, and is kept all the same
        }
        Path state = dir.resolve("state.json");
        new StateStore(state).update(p -> p.with(todo("r/a"), SkillStatus.DONE, T1));
        PosixFileAttributeView view = Files.getFileAttributeView(state, PosixFileAttributeView.class);
        view.setOwner(nobody);
        view.setGroup(nogroup);
        Files.delete(dir.resolve("state.json.lock")); // as the owner's own tracker would have left it: theirs, or none
        Files.delete(dir.resolve("state.json.queue"));

        new StateStore(state).update(p -> p.with(todo("r/b"), SkillStatus.DONE, T1));

        for (String name : new String[] {"state.json", "state.json.bak", "state.json.lock", "state.json.queue"}) {
            Path file = dir.resolve(name);
            assertThat(Files.getOwner(file)).as(name).isEqualTo(nobody);
            assertThat(Files.readAttributes(file, java.nio.file.attribute.PosixFileAttributes.class).group()).as(name)
                    .isEqualTo(nogroup);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(name).isEqualTo("rw-------");
        }
        assertThat(new StateStore(state).load().statusOf(todo("r/b"))).isEqualTo(SkillStatus.DONE);
    }
}
