package dev.tracker.roadmap;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A skill's recall prompts from other sections of its roadmap: the items of a success section
 * that names the same phase (week, month, …) as a section around the skill ("Phase 1 Success:"
 * for a skill under "Phase 1: Theory"), and the "Draw from memory" challenges whose name shares
 * a word with the skill's topic ("The Interface Structure" for a skill of "Interfaces").
 */
final class RelatedPrompts {
    private static final Pattern STAGE = Pattern.compile("(?i)\\b(phase|week|month|day|level|quarter|stage|part|module)\\s*(\\d+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");
    private static final Set<String> COMMON = Set.of("the", "and", "for", "with", "from", "into", "vs");

    private RelatedPrompts() {
    }

    /** Adds them to {@code prompts} (up to the most a card shows); {@code own} is the skill's section. */
    static void add(String[] lines, Roadmap roadmap, Skill skill, Section own, List<String> prompts) {
        if (own == null) {
            return;
        }
        Map<String, Section> byId = new HashMap<>();
        roadmap.sections().forEach(s -> byId.put(s.id(), s));
        Set<String> stages = new HashSet<>();
        Section topic = own;
        for (Section s = own; s != null; s = s.parentId() == null ? null : byId.get(s.parentId())) {
            stages.add(stage(s.title()));
            topic = s;
        }
        stages.remove(null);
        Set<String> topicWords = words(topic.title());
        for (Section s : roadmap.sections()) {
            String title = s.title().toLowerCase(Locale.ROOT);
            boolean success = title.contains("success") && stages.contains(stage(s.title()));
            boolean drawing = title.contains("draw from memory") && !s.id().equals(own.id());
            if (!success && !drawing) {
                continue;
            }
            for (int i = s.line(); i < end(lines, roadmap, s) && prompts.size() < RecallPrompts.MOST; i++) {
                var item = RecallPrompts.ITEM.matcher(lines[i]);
                if (i != skill.line() - 1 && item.matches()) {
                    String words = RecallPrompts.clean(item.group(3));
                    String name = words.contains(":") ? words.substring(0, words.indexOf(':')) : words;
                    boolean wanted = success || words(name).stream().anyMatch(topicWords::contains);
                    if (wanted && !prompts.contains(words)) {
                        prompts.add(words);
                    }
                }
            }
        }
    }

    /** The line index where a section's own text ends: its next heading. */
    private static int end(String[] lines, Roadmap roadmap, Section section) {
        int to = lines.length;
        for (Section s : roadmap.sections()) {
            if (s.line() > section.line() && s.line() - 1 < to) {
                to = s.line() - 1;
            }
        }
        return to;
    }

    /** "phase 1" of "Phase 1: Deep theory", or null when the title numbers no stage. */
    private static String stage(String title) {
        var stage = STAGE.matcher(title);
        return stage.find() ? stage.group(1).toLowerCase(Locale.ROOT) + " " + Integer.parseInt(stage.group(2)) : null;
    }

    /** A title's words, lower case, without a plural's "s": "Maps & Hash Collisions" gives map, hash, collision. */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        var word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            String w = word.group();
            if (!COMMON.contains(w)) {
                words.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return words;
    }
}
