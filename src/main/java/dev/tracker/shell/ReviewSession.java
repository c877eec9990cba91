package dev.tracker.shell;

import java.io.PrintWriter;
import java.util.List;

/**
 * The interactive review: one card at a time, most overdue first. Space reveals the recall
 * prompts; 1-4 (or a/h/g/e) grade again/hard/good/easy and show the next due date; s skips,
 * u undoes the last grade, q quits. Needs no terminal: keys come from a {@link Keys}, text goes
 * to a writer, grades go to the {@link Grader}, so that the tests drive it with a string.
 */
public final class ReviewSession {
    /** One skill to recall: its id, the lines that say where it is, its text, and its prompts. */
    public record Card(String id, List<String> header, String text, List<String> prompts) {
    }

    /** Where the grades go (each one a locked write of the state file). */
    public interface Grader {
        /** Records {@code grade} for the skill; returns "next review 2026-12-08 (in 5 days)". */
        String grade(String id, String grade);

        /** Takes back the session's last grade; returns what it took back, or null when it cannot (a later change came since). */
        String undo();

        /** "the next review is on …" once nothing is left. */
        String nextDue();
    }

    /** A key at a time; -1 at the end of input. */
    public interface Keys {
        int read();
    }

    private static final String GRADES = "1234";
    private static final String LETTERS = "ahge";
    private static final List<String> NAMES = List.of("again", "hard", "good", "easy");

    private final PrintWriter out;
    private final Keys keys;
    private final Grader grader;

    public ReviewSession(PrintWriter out, Keys keys, Grader grader) {
        this.out = out;
        this.keys = keys;
        this.grader = grader;
    }

    /** Runs the session over {@code cards}; the summary is its last line. */
    public void run(List<Card> cards) {
        java.util.Deque<Integer> graded = new java.util.ArrayDeque<>();
        java.util.Deque<Boolean> wasAgain = new java.util.ArrayDeque<>();
        int again = 0;
        int i = 0;
        while (i < cards.size()) {
            Card card = cards.get(i);
            show(card, i, cards.size());
            int next = answer(card);
            if (next == QUIT) {
                break;
            }
            if (next == UNDO) {
                if (graded.isEmpty()) {
                    out.println("  nothing of this session to undo");
                    continue;
                }
                String undone = grader.undo();
                if (undone == null) {
                    out.println("  not undone: the state file has a later change since; `tracker undo` takes back the latest");
                    continue;
                }
                out.println("  undone: " + undone);
                i = graded.pop(); // that card again
                again -= wasAgain.pop() ? 1 : 0;
                continue;
            }
            if (next >= 0) {
                graded.push(i);
                wasAgain.push(next == 0);
                again += next == 0 ? 1 : 0;
            }
            i++;
        }
        out.println();
        out.println("reviewed " + graded.size() + (graded.size() == 1 ? " skill" : " skills") + ", " + again + " again; "
                + grader.nextDue());
        out.flush();
    }

    private static final int QUIT = -3;
    private static final int UNDO = -2;
    private static final int SKIP = -1;

    /** Keys until one decides: the grade's index, or SKIP, UNDO, QUIT. */
    private int answer(Card card) {
        boolean revealed = false;
        while (true) {
            int key = keys.read();
            if (key < 0 || key == 'q' || key == 3) {
                return QUIT;
            }
            int grade = GRADES.indexOf(key) >= 0 ? GRADES.indexOf(key) : LETTERS.indexOf(key);
            if (key == ' ' && !revealed) {
                reveal(card);
                revealed = true;
            } else if (grade >= 0) {
                out.println("  " + NAMES.get(grade) + ": " + grader.grade(card.id(), NAMES.get(grade)));
                out.flush();
                return grade;
            } else if (key == 's') {
                out.println("  skipped");
                return SKIP;
            } else if (key == 'u') {
                return UNDO;
            }
        }
    }

    private void show(Card card, int index, int total) {
        out.println();
        out.println("(" + (index + 1) + "/" + total + ") " + card.id());
        card.header().forEach(line -> out.println("  " + line));
        out.println("  " + card.text());
        out.println("  [space] show prompts  [1-4 / a h g e] again hard good easy  [s]kip  [u]ndo  [q]uit");
        out.flush();
    }

    private void reveal(Card card) {
        if (card.prompts().isEmpty()) {
            out.println("  (the roadmap holds no prompts for it: explain it in your own words)");
        }
        card.prompts().forEach(prompt -> out.println("  ? " + prompt));
        out.flush();
    }
}
