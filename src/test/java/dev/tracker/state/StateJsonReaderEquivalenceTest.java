package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.SkillStatus;
import dev.tracker.state.StateJsonReader.StateFormatException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast reader against the reader it replaced ({@link ReferenceStateJsonReader}): generated
 * histories of every kind of entry give the same progress, and files broken at random give the
 * same progress or the same fault with the same message at the same line and column.
 */
class StateJsonReaderEquivalenceTest {
    private static final String[] TEXTS = {"plain", "tabs\tand \"quotes\" and \\", "line\nbreak", "café ✓ 🗓 (a pair)",
        "\u2028 separator", ""};
    private static final SkillStatus[] STATUSES = SkillStatus.values();

    @Test
    void generatedHistoriesOfEveryKindReadAsTheReplacedReaderReadsThem() throws Exception {
        for (long seed = 1; seed <= 6; seed++) {
            Progress written = new Progress(history(new Random(seed), 1000));
            String text = StateJsonWriter.write(written);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

            Progress fromBytes = StateJsonReader.read(bytes, 0, bytes.length);

            assertThat(fromBytes.history()).as("seed %d", seed).isEqualTo(written.history());
            assertThat(fromBytes).isEqualTo(ReferenceStateJsonReader.read(bytes, 0, bytes.length));
            assertThat(StateJsonReader.read(text)).isEqualTo(fromBytes);
            assertThat(StateJsonReader.writtenSkills(text)).isEqualTo(ReferenceStateJsonReader.writtenSkills(text))
                    .isEqualTo(written.skills());
        }
    }

    @Test
    void filesBrokenAtRandomGiveTheSameProgressOrTheSameFaultAtTheSamePlace() {
        String v2 = StateJsonWriter.write(new Progress(history(new Random(3), 12)));
        String v1 = "{\n  \"history\": [\n    {\"at\": \"2026-11-21T09:00:00Z\", \"from\": \"todo\", \"id\": \"r/a\", "
                + "\"to\": \"done\"},\n    {\"at\": \"2026-11-22T09:00:00Z\", \"from\": \"done\", \"id\": \"r/a\", "
                + "\"to\": \"todo\", \"undo\": true}\n  ],\n  \"skills\": {\n    \"r/a\": {\"at\": \"2026-11-21T09:00:00Z\", "
                + "\"status\": \"done\", \"title\": \"A\"}\n  },\n  \"version\": 1\n}\n";
        Random random = new Random(11);
        int faults = 0;
        int twice = 0;
        for (int i = 0; i < 2000; i++) {
            String broken = mutated(random, i % 3 == 0 ? v1 : v2);
            byte[] bytes = broken.getBytes(StandardCharsets.UTF_8);
            Object expected = outcome(() -> ReferenceStateJsonReader.read(bytes, 0, bytes.length));
            if (!expected.equals(outcome(() -> StateJsonReader.read(bytes, 0, bytes.length)))
                    || !outcome(() -> ReferenceStateJsonReader.read(broken)).equals(outcome(() -> StateJsonReader.read(broken)))) {
                assertThat(outcome(() -> StateJsonReader.read(bytes, 0, bytes.length))).as("%s", broken).isEqualTo(expected);
                assertThat(outcome(() -> StateJsonReader.read(broken))).as("%s", broken)
                        .isEqualTo(outcome(() -> ReferenceStateJsonReader.read(broken)));
            }
            faults += expected instanceof String ? 1 : 0;
            twice += expected instanceof String fault && fault.contains("appears twice in one object") ? 1 : 0;
        }
        // the mutations reach both outcomes and duplicate fields (which the fast reading leaves to Jackson's second look)
        assertThat(faults).isBetween(400, 1950);
        assertThat(twice).isGreaterThan(20);
    }

    @Test
    void everyBrokenStateFileOfTheCorpusFaultsAsBefore() {
        BrokenStateFiles.all().forEach(broken -> {
            byte[] bytes = broken.bytes();
            assertThat(outcome(() -> StateJsonReader.read(bytes, 0, bytes.length))).as(broken.name())
                    .isEqualTo(outcome(() -> ReferenceStateJsonReader.read(bytes, 0, bytes.length)))
                    .isInstanceOf(String.class);
        });
    }

    /** The entries' own duplicate check must not leave the maps around them unchecked: skill ids, the root's keys. */
    @Test
    void duplicatesOutsideTheEntriesAreFoundAfterEntriesWereRead() {
        String entry = "{\"at\": \"2026-11-21T09:00:00Z\", \"cmd\": \"c1\", \"from\": \"todo\", \"id\": \"r/a\", "
                + "\"kind\": \"status\", \"to\": \"done\"}";
        String skill = "{\"at\": \"2026-11-21T09:00:00Z\", \"status\": \"done\"}";
        String skillTwice = "{\n  \"history\": [\n    " + entry + ",\n    " + entry + "\n  ],\n  \"skills\": {\n    \"r/a\": "
                + skill + ",\n    \"r/a\": " + skill + "\n  },\n  \"version\": 2\n}\n";
        String rootTwice = "{\n  \"history\": [\n    " + entry + "\n  ],\n  \"history\": [],\n  \"version\": 2\n}\n";
        String entryTwice = "{\n  \"history\": [\n    " + entry + ",\n    " + entry.replace("}", ", \"to\": \"done\"}")
                + "\n  ],\n  \"version\": 2\n}\n";
        for (String text : List.of(skillTwice, rootTwice, entryTwice)) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Object expected = outcome(() -> ReferenceStateJsonReader.read(bytes, 0, bytes.length));
            assertThat(expected).asString().contains("appears twice in one object");
            assertThat(outcome(() -> StateJsonReader.read(bytes, 0, bytes.length))).isEqualTo(expected);
            assertThat(outcome(() -> StateJsonReader.read(text))).isEqualTo(expected);
        }
    }

    /** A few hundred commands of every kind, as the tracker records them: several entries to a command, times repeated. */
    private static List<HistoryEntry> history(Random random, int commands) {
        List<HistoryEntry> history = new ArrayList<>();
        Instant at = Instant.parse("2026-01-01T08:00:00Z");
        for (int c = 0; c < commands; c++) {
            at = at.plusSeconds(random.nextInt(4) == 0 ? 86_400 : 1 + random.nextInt(3600))
                    .plusNanos(random.nextInt(3) == 0 ? random.nextInt(1_000_000_000) : 0);
            String id = "plan/day-" + random.nextInt(30) + "/skill-" + random.nextInt(20);
            String cmd = CommandId.of(at, id + c);
            switch (random.nextInt(8)) {
                case 0, 1 -> {
                    SkillStatus to = STATUSES[random.nextInt(STATUSES.length)];
                    history.add(HistoryEntry.status(at, cmd, id, SkillStatus.TODO, to, random.nextBoolean(), "Title " + id));
                    if (to == SkillStatus.DONE) {
                        history.add(HistoryEntry.review(at, cmd, id, "good", 0.9));
                    }
                }
                case 2 -> history.add(HistoryEntry.review(at, cmd, id, HistoryEntry.GRADES.get(random.nextInt(4)),
                        random.nextBoolean() ? 0.9 : 0.85));
                case 3 -> {
                    for (int s = 0; s < 1 + random.nextInt(4); s++) {
                        history.add(HistoryEntry.seen(at, cmd, id + "/seen-" + s, 0.9));
                    }
                }
                case 4 -> history.add(HistoryEntry.note(at, cmd, id, TEXTS[random.nextInt(TEXTS.length)]));
                case 5 -> history.add(HistoryEntry.noteDelete(at, cmd, id,
                        history.isEmpty() ? cmd : history.get(random.nextInt(history.size())).cmd()));
                case 6 -> history.add(HistoryEntry.reattach(at, cmd, id, "plan/old/" + random.nextInt(5), random.nextBoolean(),
                        "Reworded " + id));
                default -> {
                    if (!history.isEmpty()) {
                        history.add(HistoryEntry.undoOf(at, cmd, history.get(random.nextInt(history.size()))));
                    }
                }
            }
        }
        return history;
    }

    /** The text with one random fault: a character lost, doubled or replaced, or a token put where it may not be. */
    private static String mutated(Random random, String text) {
        String[] tokens = {"\"at\": \"x\", ", "\"kind\": \"undo\", ", "\"ids\": [], ", "\"ids\": [\"r/b\"], ", "\"grade\": \"meh\", ",
            "\"retention\": 1, ", "\"retention\": 0.5, ", "\"clears\": 1, ", "\"undo\": true, ", "\"text\": \"\\ud800\", ",
            "\"title\": null, ", "\"to\": \"DONE\", ", "\"ref\": \"x\", ", "\"id\": \"r/c\", ", "\"cmd\": 7, ", "\"from\": \"half\", ",
            "{", "}", "[", "]", ",", ":", "\"", "1", "true", "null", "\\u0000", "\"at\": \"2026-02-30T00:00:00Z\", "};
        int place = random.nextInt(text.length());
        return switch (random.nextInt(5)) {
            case 0 -> text.substring(0, place) + text.substring(Math.min(text.length(), place + 1 + random.nextInt(8)));
            case 1 -> text.substring(0, place) + text.charAt(place) + text.substring(place);
            case 2 -> text.substring(0, place) + "\"{}[],:x0 ".charAt(random.nextInt(10)) + text.substring(place + 1);
            default -> {
                int brace = text.indexOf('{', place);
                int at = brace < 0 ? place : brace + 1;
                yield text.substring(0, at) + tokens[random.nextInt(tokens.length)] + text.substring(at);
            }
        };
    }

    private interface Read {
        Progress read() throws StateFormatException;
    }

    /** The history read, or the fault's place and message (a String), or the exception thrown otherwise. */
    private static Object outcome(Read read) {
        try {
            return read.read().history();
        } catch (StateFormatException e) {
            return e.place() + e.getMessage();
        } catch (RuntimeException e) {
            return List.of(e.getClass(), String.valueOf(e.getMessage()));
        }
    }
}
