package dev.tracker.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Skill's and Section's hand-written equals and hashCode mean what a record's would: every field counts. */
class RecordEqualityTest {
    private static final Skill SKILL = new Skill("r/s/x", "r", "r/s", "r/s/p", "X", 2, SkillStatus.TODO, 7);
    private static final Section SECTION = new Section("r/s", "S", "r", 2, 1, false, 3);

    @Test
    void skillsWithEqualFieldsAreEqualAndAnyDifferentFieldMakesThemDifferent() {
        assertThat(new Skill("r/s/x", "r", "r/s", "r/s/p", "X", 2, SkillStatus.TODO, 7)).isEqualTo(SKILL)
                .hasSameHashCodeAs(SKILL);
        List<Skill> others = List.of(
                new Skill("r/s/y", "r", "r/s", "r/s/p", "X", 2, SkillStatus.TODO, 7),
                new Skill("r/s/x", "q", "r/s", "r/s/p", "X", 2, SkillStatus.TODO, 7),
                new Skill("r/s/x", "r", null, "r/s/p", "X", 2, SkillStatus.TODO, 7),
                new Skill("r/s/x", "r", "r/s", null, "X", 2, SkillStatus.TODO, 7),
                new Skill("r/s/x", "r", "r/s", "r/s/p", "Y", 2, SkillStatus.TODO, 7),
                new Skill("r/s/x", "r", "r/s", "r/s/p", "X", 3, SkillStatus.TODO, 7),
                new Skill("r/s/x", "r", "r/s", "r/s/p", "X", 2, SkillStatus.DONE, 7),
                new Skill("r/s/x", "r", "r/s", "r/s/p", "X", 2, SkillStatus.TODO, 8));
        assertThat(others).allSatisfy(other -> assertThat(other).isNotEqualTo(SKILL));
        assertThat(SKILL).isNotEqualTo(null).isNotEqualTo("r/s/x");
    }

    @Test
    void sectionsLikewise() {
        assertThat(new Section("r/s", "S", "r", 2, 1, false, 3)).isEqualTo(SECTION).hasSameHashCodeAs(SECTION);
        List<Section> others = List.of(
                new Section("r/t", "S", "r", 2, 1, false, 3),
                new Section("r/s", "T", "r", 2, 1, false, 3),
                new Section("r/s", "S", null, 2, 1, false, 3),
                new Section("r/s", "S", "r", 3, 1, false, 3),
                new Section("r/s", "S", "r", 2, 2, false, 3),
                new Section("r/s", "S", "r", 2, 1, true, 3),
                new Section("r/s", "S", "r", 2, 1, false, 4));
        assertThat(others).allSatisfy(other -> assertThat(other).isNotEqualTo(SECTION));
    }
}
