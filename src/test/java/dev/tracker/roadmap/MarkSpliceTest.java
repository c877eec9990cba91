package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.TrackerException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Marks found where the parser says they are, and replaced with every other byte kept. */
class MarkSpliceTest {
    /** A BOM, front matter, CRLF, tabs, trailing spaces, mojibake, an invalid byte, check symbols with U+FE0F. */
    private static final byte[] HOSTILE = bytes(
            "\uFEFF---\r\ntitle: x\r\n---\r\n# Plan \u00e2\u20ac\u201d\r\n\r\n## A\r\n\r\n",
            "- [ ] One  \r\n", "\t* [X]\tTwo \u00e2\u20ac\u201d\r\n", "1. \u2705\uFE0F Three\r\n",
            "   - [\u2714\uFE0F] Four\r\n", "- [/] Five ", new byte[] {(byte) 0xff, (byte) 0xc3}, " bad\r\n",
            "- [-] Six\r\n", "  ```\r\n  - [ ] not a skill\r\n  ```\r\n", "- [ ]\r\n");

    @Test
    void everyMarkOffsetPointsAtItsMark() {
        Roadmap roadmap = parse(HOSTILE);
        String text = RoadmapText.decode(HOSTILE).text();
        assertThat(roadmap.skills()).hasSize(7).allSatisfy(skill ->
                assertThat(ItemMarker.markEnd(text.substring(skill.markOffset()))).as(skill.id()).isPositive());
    }

    @Test
    void replacingEveryMarkWithEachStatusReadsBackAsThatStatusAndKeepsTheRest() {
        for (SkillStatus to : SkillStatus.values()) {
            Roadmap roadmap = parse(HOSTILE);
            List<MarkChange> changes = roadmap.skills().stream().filter(s -> s.markedStatus() != to)
                    .map(s -> new MarkChange(s, to)).toList();
            byte[] after = MarkSplice.apply("p.md", HOSTILE, changes).bytes();
            Roadmap again = parse(after);
            assertThat(again.skills()).extracting(Skill::id).containsExactlyElementsOf(ids(roadmap));
            assertThat(again.skills()).extracting(Skill::markedStatus).containsOnly(to);
            assertThat(withoutMarks(after)).isEqualTo(withoutMarks(HOSTILE));
        }
    }

    @Test
    void aMarkOfTheSameLengthChangesOnlyItsByte() {
        byte[] before = bytes("# P\n\n- [ ] One\n- [x] Two\n");
        Roadmap roadmap = parse(before);
        byte[] after = MarkSplice.apply("p.md", before, List.of(new MarkChange(roadmap.skills().get(0), SkillStatus.DONE)))
                .bytes();
        assertThat(new String(after, StandardCharsets.UTF_8)).isEqualTo("# P\n\n- [x] One\n- [x] Two\n");
    }

    @Test
    void ballotBoxesAreReplacedAsTheStatusTheyWereReadAs() {
        byte[] before = bytes("# P\n\n- \u2610 Read\n- \u2611 Write\n");
        Roadmap roadmap = parse(before);
        byte[] after = MarkSplice.apply("p.md", before, List.of(new MarkChange(roadmap.skills().get(0), SkillStatus.DONE),
                new MarkChange(roadmap.skills().get(1), SkillStatus.TODO))).bytes();
        assertThat(new String(after, StandardCharsets.UTF_8)).isEqualTo("# P\n\n- [x] Read\n- [ ] Write\n");
    }

    @Test
    void aMarkThatIsNotWhereTheParseSaidIsRefused() {
        byte[] before = bytes("# P\n\n- [ ] One\n");
        Skill skill = parse(before).skills().get(0);
        byte[] edited = bytes("# P\n\n- [x] One\n");
        assertThatThrownBy(() -> MarkSplice.apply("p.md", edited, List.of(new MarkChange(skill, SkillStatus.DONE))))
                .isInstanceOf(TrackerException.class).hasMessageContaining("is not where it was read");
        Skill moved = new Skill(skill.id(), skill.roadmapId(), null, null, "One", 0, SkillStatus.TODO, 3, 2);
        assertThatThrownBy(() -> MarkSplice.apply("p.md", before, List.of(new MarkChange(moved, SkillStatus.DONE))))
                .isInstanceOf(TrackerException.class);
    }

    @Test
    void charOffsetsMapToBytesAcrossInvalidSequencesAndSurrogatePairs() {
        byte[] bytes = bytes("a\u00e9", new byte[] {(byte) 0xe2, (byte) 0x82}, "\uD83D\uDE00b");
        // chars: a é � 😀(2) b
        assertThat(TextOffsets.toBytes(bytes, new int[] {0, 1, 2, 3, 5, 6})).containsExactly(0, 1, 3, 5, 9, 10);
    }

    @Test
    void theDiffShowsTheChangedLinesWithThreeLinesOfContext() {
        byte[] before = bytes("# P\r\n\r\n- [ ] One\r\n- [x] Two\r\n");
        Roadmap roadmap = parse(before);
        MarkSplice.Result splice = MarkSplice.apply("p.md", before, List.of(new MarkChange(roadmap.skills().get(0),
                SkillStatus.IN_PROGRESS)));
        assertThat(UnifiedDiff.of("p.md", before, splice.bytes(), splice.replacedAt())).as("CRLF kept, as diff -u keeps it")
                .isEqualTo("--- a/p.md\n+++ b/p.md\n@@ -1,4 +1,4 @@\n # P\r\n \r\n-- [ ] One\r\n+- [/] One\r\n - [x] Two\r\n");
    }

    @Test
    void aLastLineWithoutALineBreakIsSaidSoAsDiffSaysIt() {
        byte[] before = bytes("# P\n\n- [x] One\n- [ ] Two");
        Roadmap roadmap = parse(before);
        MarkSplice.Result splice = MarkSplice.apply("p.md", before, List.of(new MarkChange(roadmap.skills().get(1),
                SkillStatus.DONE)));
        assertThat(UnifiedDiff.of("p.md", before, splice.bytes(), splice.replacedAt())).isEqualTo("""
                --- a/p.md
                +++ b/p.md
                @@ -1,4 +1,4 @@
                 # P
                \s
                 - [x] One
                -- [ ] Two
                \\ No newline at end of file
                +- [x] Two
                \\ No newline at end of file
                """);
    }

    private static Roadmap parse(byte[] bytes) {
        return MarkdownRoadmapParser.parse("p.md", RoadmapText.decode(bytes).text());
    }

    private static List<String> ids(Roadmap roadmap) {
        return roadmap.skills().stream().map(Skill::id).toList();
    }

    /** The bytes with every mark cut out: what must not change. */
    private static String withoutMarks(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1)
                .replaceAll("\\[[ xX/-]\\]|\\[\u00e2\u009c\u0094\u00ef\u00b8\u008f\\]|\u00e2\u009c\u0085\u00ef\u00b8\u008f", "#");
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof byte[] ? (byte[]) part : ((String) part).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
