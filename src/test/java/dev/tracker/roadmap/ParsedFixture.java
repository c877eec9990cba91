package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.FocusHint;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.ListAssert;

/**
 * A markdown fixture and the roadmap parsed from it. Every assertion made through it is
 * described by the fixture's numbered source, so a failing case reads like a spec example.
 */
record ParsedFixture(String markdown, Roadmap roadmap) {

    static ParsedFixture parse(String markdown) {
        return parse("fixture.md", markdown);
    }

    static ParsedFixture parse(String fileName, String markdown) {
        return new ParsedFixture(markdown, MarkdownRoadmapParser.parse(fileName, markdown));
    }

    ListAssert<String> skillTitles() {
        return skills(Skill::title);
    }

    ListAssert<String> skillIds() {
        return skills(Skill::id);
    }

    ListAssert<SkillStatus> statuses() {
        return skills(Skill::markedStatus);
    }

    <T> ListAssert<T> skills(Function<Skill, T> property) {
        return described(assertThat(roadmap.skills().stream().map(property).toList()));
    }

    <T> ListAssert<T> sections(Function<Section, T> property) {
        return described(assertThat(roadmap.sections().stream().map(property).toList()));
    }

    <T> ListAssert<T> hints(Function<FocusHint, T> property) {
        return described(assertThat(roadmap.hints().stream().map(property).toList()));
    }

    /** The one skill with this title; fails, echoing the source, when there is none. */
    Skill skill(String title) {
        List<Skill> found = roadmap.skills().stream().filter(s -> s.title().equals(title)).toList();
        described(assertThat(found)).as("one skill titled '%s' in:%n%s", title, source()).hasSize(1);
        return found.get(0);
    }

    /** The one section with this title; fails, echoing the source, when there is none. */
    Section section(String title) {
        List<Section> found = roadmap.sections().stream().filter(s -> s.title().equals(title)).toList();
        described(assertThat(found)).as("one section titled '%s' in:%n%s", title, source()).hasSize(1);
        return found.get(0);
    }

    /** Any assertion, described by the fixture. */
    <A extends AbstractAssert<?, ?>> A described(A assertion) {
        assertion.as("parsed from:%n%s", source());
        return assertion;
    }

    /** The markdown with line numbers, as printed on failure. */
    String source() {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(String.format("%3d| %s%n", i + 1, lines[i]));
        }
        return out.toString();
    }
}
