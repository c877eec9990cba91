package dev.tracker.state;

import static dev.tracker.state.StateFixtures.T1;
import static dev.tracker.state.StateFixtures.T2;
import static dev.tracker.state.StateFixtures.skill;
import static dev.tracker.state.StateFixtures.todo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import dev.tracker.testing.Histories;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final Skill open = todo("r/open");
    private final Skill markedDone = skill("r/marked-done", SkillStatus.DONE);

    @Test
    void unknownSkillFallsBackToTheMarkdownsMark() {
        assertThat(Progress.EMPTY.statusOf(open)).isEqualTo(SkillStatus.TODO);
        assertThat(Progress.EMPTY.statusOf(markedDone)).isEqualTo(SkillStatus.DONE);
    }

    @Test
    void withOverridesTheMarkAndRemembersWhenAndTheTitle() {
        Progress progress = Progress.EMPTY.with(open, SkillStatus.DONE, T1);

        assertThat(progress.statusOf(open)).isEqualTo(SkillStatus.DONE);
        assertThat(progress.stateOf("r/open")).isEqualTo(new SkillState(SkillStatus.DONE, T1, "Title of r/open"));
        assertThat(Progress.EMPTY.skills()).as("the original is unchanged").isEmpty();
    }

    @Test
    void historyAppendsFromAndToInOrder() {
        Progress progress = Progress.EMPTY.with(open, SkillStatus.IN_PROGRESS, T1).with(open, SkillStatus.DONE, T2);

        assertThat(progress.history()).extracting(HistoryEntry::at, HistoryEntry::id, HistoryEntry::from, HistoryEntry::to)
                .containsExactly(tuple(T1, "r/open", SkillStatus.TODO, SkillStatus.IN_PROGRESS),
                        tuple(T2, "r/open", SkillStatus.IN_PROGRESS, SkillStatus.DONE));
        assertThat(progress.history().get(0).cmd()).as("each change its own command")
                .isNotEqualTo(progress.history().get(1).cmd());
    }

    @Test
    void goingBackToTheMarkdownsMarkRemovesTheOverrideButKeepsHistory() {
        Progress progress = Progress.EMPTY.with(open, SkillStatus.DONE, T1).with(open, SkillStatus.TODO, T2);

        assertThat(progress.skills()).doesNotContainKey("r/open");
        assertThat(progress.stateOf("r/open")).isNull();
        assertThat(progress.history()).extracting(HistoryEntry::to).containsExactly(SkillStatus.DONE, SkillStatus.TODO);
    }

    @Test
    void uncheckingASkillTheMarkdownMarksDoneIsAnOverride() {
        Progress progress = Progress.EMPTY.with(markedDone, SkillStatus.TODO, T1);

        assertThat(progress.statusOf(markedDone)).isEqualTo(SkillStatus.TODO);
        assertThat(progress.stateOf("r/marked-done").status()).isEqualTo(SkillStatus.TODO);
    }

    @Test
    void settingTheCurrentStatusChangesNothing() {
        Progress once = Progress.EMPTY.with(open, SkillStatus.DONE, T1);

        assertThat(once.with(open, SkillStatus.DONE, T2)).isSameAs(once);
        assertThat(Progress.EMPTY.with(markedDone, SkillStatus.DONE, T1)).isSameAs(Progress.EMPTY);
    }

    @Test
    void skillsAreSortedById() {
        Progress progress = Progress.EMPTY.with(todo("r/b"), SkillStatus.DONE, T1)
                .with(todo("r/a"), SkillStatus.DONE, T1).with(todo("q/z"), SkillStatus.SKIPPED, T1);

        assertThat(progress.skills().keySet()).containsExactly("q/z", "r/a", "r/b");
    }

    @Test
    void equalityIsByContent() {
        Progress a = Progress.EMPTY.with(open, SkillStatus.DONE, T1);
        Progress b = Progress.EMPTY.with(open, SkillStatus.DONE, T1);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Progress.EMPTY.with(open, SkillStatus.DONE, T2));
    }
}
