package dev.tracker.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review session's keys, driven by a string: reveal, grade, skip, undo, quit, and its summary. */
class ReviewSessionTest {
    private final List<String> grades = new ArrayList<>();
    private int undos;

    private final ReviewSession.Grader grader = new ReviewSession.Grader() {
        @Override
        public String grade(String id, String grade) {
            grades.add(id + "=" + grade);
            return "next review 2026-12-08 (in 5 days)";
        }

        @Override
        public String undo() {
            undos++;
            return grades.remove(grades.size() - 1);
        }

        @Override
        public String nextDue() {
            return "no review due; the next is on 2026-12-06";
        }
    };

    private static final List<ReviewSession.Card> CARDS = List.of(
            new ReviewSession.Card("r/a", List.of("R › Topic"), "Explain A", List.of("When does A happen?")),
            new ReviewSession.Card("r/b", List.of("R › Topic"), "Explain B", List.of()),
            new ReviewSession.Card("r/c", List.of("R › Other"), "Explain C", List.of("Draw C from memory")));

    private String run(String keys) {
        StringWriter out = new StringWriter();
        int[] at = {0};
        new ReviewSession(new PrintWriter(out), () -> at[0] < keys.length() ? keys.charAt(at[0]++) : -1, grader).run(CARDS);
        return out.toString();
    }

    @Test
    void spaceRevealsThePromptsAndNumbersOrLettersGrade() {
        String out = run(" 3 h4");

        assertThat(grades).containsExactly("r/a=good", "r/b=hard", "r/c=easy");
        assertThat(out).contains("? When does A happen?", "good: next review 2026-12-08 (in 5 days)")
                .contains("(the roadmap holds no prompts for it").doesNotContain("? Draw C from memory")
                .endsWith("reviewed 3 skills, 0 again; no review due; the next is on 2026-12-06\n");
        assertThat(out.indexOf("? When does A happen?")).isLessThan(out.indexOf("good: next review"));
    }

    @Test
    void skipMovesOnWithoutAGradeAndQuitStopsWithTheSummary() {
        String out = run("s1q");

        assertThat(grades).containsExactly("r/b=again");
        assertThat(out).contains("skipped").endsWith("reviewed 1 skill, 1 again; no review due; the next is on 2026-12-06\n")
                .doesNotContain("r/c=");
    }

    @Test
    void undoTakesBackTheLastGradeAndShowsThatCardAgain() {
        String out = run("1ug");

        assertThat(undos).isEqualTo(1);
        assertThat(grades).containsExactly("r/a=good");
        assertThat(out).contains("undone: r/a=again");
        assertThat(out.split("\\(1/3\\) r/a", -1)).as("r/a shown twice").hasSize(3);
        assertThat(out).as("the again taken back is not counted").contains("reviewed 1 skill, 0 again;");
        assertThat(run("u")).contains("nothing of this session to undo");
    }

    @Test
    void anUndoThatCannotBeMadeSaysSoAndKeepsTheGrade() {
        ReviewSession.Grader refusing = new ReviewSession.Grader() {
            @Override
            public String grade(String id, String grade) {
                grades.add(id + "=" + grade);
                return "next review 2026-12-08 (in 5 days)";
            }

            @Override
            public String undo() {
                return null;
            }

            @Override
            public String nextDue() {
                return "2 still due";
            }
        };
        StringWriter out = new StringWriter();
        String keys = "1uq";
        int[] at = {0};
        new ReviewSession(new PrintWriter(out), () -> at[0] < keys.length() ? keys.charAt(at[0]++) : -1, refusing).run(CARDS);

        assertThat(out.toString()).contains("not undone: the state file has a later change since")
                .endsWith("reviewed 1 skill, 1 again; 2 still due\n");
    }

    @Test
    void otherKeysAreIgnoredAndTheEndOfInputQuits() {
        String out = run("xyz");

        assertThat(grades).isEmpty();
        assertThat(out).endsWith("reviewed 0 skills, 0 again; no review due; the next is on 2026-12-06\n");
    }
}
