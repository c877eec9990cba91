package dev.tracker.roadmap;

import static dev.tracker.roadmap.ParsedFixture.parse;
import static org.assertj.core.api.Assertions.entry;

import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Levels named by words (Beginner…Expert, Junior…Principal, Novice…Master) or numbers (Tier N, Stage N). */
class NamedLevelsTest {

    @Test
    void beginnerIntermediateAdvancedHeadingsAreLevelsInTheScalesOrder() {
        ParsedFixture p = parse("""
                ## Beginner
                - [ ] Variables
                ## Intermediate
                - [ ] Closures
                ## Advanced
                - [ ] Generics
                ## Expert
                - [ ] Compiler internals
                """);
        p.skills(Skill::level).containsExactly(1, 2, 3, 4);
        p.described(Assertions.assertThat(p.roadmap().levelNames()))
                .containsExactly(entry(1, "Beginner"), entry(2, "Intermediate"), entry(3, "Advanced"), entry(4, "Expert"));
    }

    @Test
    void closedAtxHeadingsAndSynonymsCount() {
        ParsedFixture p = parse("## Basic ##\n- [ ] Tags\n## Advanced ##\n- [ ] Grid\n");
        p.skills(Skill::level).containsExactly(1, 2);
        p.described(Assertions.assertThat(p.roadmap().levelNames())).containsExactly(entry(1, "Basic"), entry(2, "Advanced"));
    }

    @Test
    void oneNamedHeadingAloneIsNoLevel() {
        ParsedFixture p = parse("## Setup\n- [ ] Install\n## Advanced Topics\n- [ ] Plugins\n");
        p.skills(Skill::level).containsExactly(0, 0);
        p.described(Assertions.assertThat(p.roadmap().levelNames())).isEmpty();
    }

    @Test
    void juniorSeniorArchitectPrincipalAreOneScale() {
        ParsedFixture p = parse("""
                ## Junior Engineer
                - [ ] Syntax
                ## Senior Engineer
                - [ ] Production
                ## Architect
                - [ ] Trade-offs
                ## Principal
                - [ ] Strategy
                """);
        p.skills(Skill::level).containsExactly(1, 2, 3, 4);
        p.described(Assertions.assertThat(p.roadmap().levelNames().values()))
                .containsExactly("Junior", "Senior", "Architect", "Principal");
    }

    @Test
    void noviceToMasterNumbersTheRanksTheFileUses() {
        ParsedFixture p = parse("## Novice\n- [ ] a\n## Competent\n- [ ] b\n## Master\n- [ ] c\n");
        p.skills(Skill::level).containsExactly(1, 2, 3);
        p.described(Assertions.assertThat(p.roadmap().levelNames().values())).containsExactly("Novice", "Competent", "Master");
    }

    @Test
    void numberedLevelsWithANameGiveBoth() {
        ParsedFixture p = parse("## Interfaces\n### L1 Junior\n- [ ] a\n### L2 Senior\n- [ ] b\n");
        p.skills(Skill::level).containsExactly(1, 2);
        p.skillIds().containsExactly("fixture/interfaces/l1/a", "fixture/interfaces/l2/b");
        p.described(Assertions.assertThat(p.roadmap().levelNames())).containsExactly(entry(1, "Junior"), entry(2, "Senior"));
    }

    @Test
    void tierAndStageAreNumberedLevels() {
        ParsedFixture p = parse("## Tier 1: Core\n- [ ] a\n## Stage 2 - More\n- [ ] b\n## Level 3\n- [ ] c\n");
        p.skills(Skill::level).containsExactly(1, 2, 3);
        p.sections(Section::id).containsExactly("fixture/tier-1", "fixture/stage-2", "fixture/l3");
    }

    @Test
    void aTaxonomyNamesTheLevelsBeforeTheHeadingsDo() {
        ParsedFixture p = parse("""
                # Tracker
                2. **Taxonomy:**
                   * **L1 (Junior):** Syntax & Mechanics
                   * **L2 (Senior):** Production & Robustness
                ## Maps
                ### L1: Store pairs
                - [ ] a
                ### L2 Intermediate
                - [ ] b
                """);
        p.described(Assertions.assertThat(p.roadmap().levelNames())).containsExactly(entry(1, "Junior"), entry(2, "Senior"));
        p.skillTitles().containsExactly("a", "b");
    }

    @Test
    void aNamedHeadingInsideALevelIsATopicOfThatLevel() {
        ParsedFixture p = parse("## Beginner\n### Advanced selectors\n- [ ] a\n## Intermediate\n- [ ] b\n");
        p.sections(Section::level).containsExactly(1, 0, 2);
        p.skills(Skill::level).containsExactly(1, 2);
    }

    @Test
    void levelNamesSurviveTheCache() throws Exception {
        ParsedFixture p = parse("## Beginner\n- [ ] a\n## Expert\n- [ ] b\n");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        RoadmapCodec.write(new java.io.DataOutputStream(bytes), p.roadmap());
        byte[] written = bytes.toByteArray();
        p.described(Assertions.assertThat(RoadmapCodec.read(new CacheInput(written, written.length)))).isEqualTo(p.roadmap());
    }
}
