package dev.tracker.state;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Histories made as the commands make them, by chance: statuses (some backdated as with --at,
 * some at the same instant as the command before), reviews, skills first seen done (several on
 * one line), notes and their deletion, reattached orphans, undo of the last command, hand-backs.
 * Titles and notes hold quotes, escapes, control characters and text beyond ASCII. One seed
 * gives the same commands everywhere.
 */
final class RandomCommands {
    private static final SkillStatus[] STATUSES = SkillStatus.values();
    private static final String[] TEXTS = {"plain", "say \"hi\"", "back\\slash", "tab\tnew\nline", "✅ café 日本",
        "\u0001ctl\u001f", "emoji 🎉", ""};

    private final Random random;
    private final List<Skill> skills = new ArrayList<>();
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    RandomCommands(long seed) {
        random = new Random(seed);
        for (int i = 0; i < 10; i++) {
            String text = TEXTS[random.nextInt(TEXTS.length)];
            skills.add(new Skill((i < 3 ? "r/gone-" : "r/s-") + i, "r", null, null, "Skill " + i + " " + text, 0, STATUSES[random.nextInt(3)], 1));
        }
    }

    /** One command on {@code progress}: the progress it gives (the same when it recorded nothing). */
    Progress next(Progress progress) {
        if (random.nextInt(4) > 0) {
            now = now.plusSeconds(random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(600)).plusNanos(random.nextInt(1000));
        }
        ProgressEdit edit = progress.edit(now);
        Optional<List<HistoryEntry>> last = progress.lastCommand();
        int op = random.nextInt(9);
        if (op == 0 && last.isPresent()) {
            return edit.undo(last.get(), now).done();
        }
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            Skill skill = skills.get(random.nextInt(skills.size()));
            Instant at = random.nextInt(5) == 0 ? now.minusSeconds(random.nextInt(100_000)) : now; // --at, backdated
            switch (op) {
                case 1 -> edit.review(skill.id(), HistoryEntry.GRADES.get(random.nextInt(4)), 0.8 + random.nextInt(15) / 100.0, at);
                case 2 -> edit.seen(skill.id(), 0.9, now);
                case 3 -> edit.note(skill.id(), TEXTS[random.nextInt(TEXTS.length)] + " " + random.nextInt(100), at);
                case 4 -> progress.notesOf(skill.id()).stream().findFirst().ifPresent(note -> edit.deleteNote(skill.id(), note, at));
                case 5 -> edit.reattach(skills.get(random.nextInt(skills.size())).id(), skill, at); // an orphan's id, or another's

                case 6 -> edit.handBack(skill, at);
                default -> edit.status(skill, STATUSES[random.nextInt(STATUSES.length)], at);
            }
        }
        return edit.done();
    }

    /** {@code commands} commands from nothing: every progress on the way, the empty one first. */
    List<Progress> run(int commands) {
        List<Progress> steps = new ArrayList<>(List.of(Progress.EMPTY));
        for (int i = 0; i < commands; i++) {
            steps.add(next(steps.get(steps.size() - 1)));
        }
        return steps;
    }
}
