package dev.tracker.roadmap;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The questions a roadmap asks about a skill, for the review session: within the skill's
 * section, the list after "Then answer:" or "You Must Understand:", the items that say
 * "can explain …" or "draw from memory", and the items nested under the skill itself; then,
 * from elsewhere in the roadmap, the items of a success section that names the same phase
 * (week, month, …) as a section around the skill ("Phase 1 Success:" for "Phase 1: Theory"),
 * and the "Draw from memory" challenges whose name shares a word with the skill's topic
 * ("The Interface Structure" for "Interfaces"). Read from the roadmap's text by lines: this
 * runs only when a review shows a card.
 */
public final class RecallPrompts {
    private static final int MOST = 8;
    private static final Pattern INTRO = Pattern.compile("(?i)(then answer|you must understand|questions?|ask yourself)\\b.*:\\s*$");
    private static final Pattern RECALL = Pattern.compile("(?i)(can explain|draw from memory|explain (why|how|what))");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)([-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern MARK = Pattern.compile("^\\[[ xX/-]\\]\\s*");
    private static final Pattern ESCAPED = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+.!-])");
    private static final Pattern STAGE = Pattern.compile("(?i)\\b(phase|week|month|day|level|quarter|stage|part|module)\\s*(\\d+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");
    private static final Set<String> COMMON = Set.of("the", "and", "for", "with", "from", "into", "vs");

    private RecallPrompts() {
    }

    public static List<String> of(String text, Roadmap roadmap, Skill skill) {
        String[] lines = text.split("\r?\n", -1);
        int from = 0;
        int to = lines.length;
        Section section = null;
        for (Section s : roadmap.sections()) {
            if (s.id().equals(skill.sectionId())) {
                section = s;
            }
        }
        if (section != null) {
            from = section.line() - 1;
            for (Section s : roadmap.sections()) {
                if (s.line() > section.line() && s.depth() <= section.depth() && s.line() - 1 < to) {
                    to = s.line() - 1;
                }
            }
        }
        List<String> prompts = new ArrayList<>();
        nested(lines, skill.line() - 1, to, prompts);
        boolean listing = false;
        for (int i = Math.max(0, from); i < Math.min(to, lines.length) && prompts.size() < MOST; i++) {
            String line = lines[i];
            var item = ITEM.matcher(line);
            if (INTRO.matcher(line.replace("*", "").replace("#", "").strip()).find()) {
                listing = true;
            } else if (item.matches()) {
                String words = clean(item.group(3));
                boolean own = i == skill.line() - 1;
                if (!own && (listing || RECALL.matcher(words).find()) && !prompts.contains(words)) {
                    prompts.add(words);
                }
            } else if (!line.isBlank()) {
                listing = false;
            }
        }
        elsewhere(lines, roadmap, skill, section, prompts);
        return prompts.size() > MOST ? prompts.subList(0, MOST) : prompts;
    }

    /** The success items of the skill's phase and the drawing challenges of its topic, from other sections. */
    private static void elsewhere(String[] lines, Roadmap roadmap, Skill skill, Section own, List<String> prompts) {
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
            for (int i = s.line(); i < end(lines, roadmap, s) && prompts.size() < MOST; i++) {
                var item = ITEM.matcher(lines[i]);
                if (i != skill.line() - 1 && item.matches()) {
                    String words = clean(item.group(3));
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

    /** The items indented under the skill's own line. */
    private static void nested(String[] lines, int skillIndex, int to, List<String> prompts) {
        if (skillIndex < 0 || skillIndex >= lines.length) {
            return;
        }
        var own = ITEM.matcher(lines[skillIndex]);
        int indent = own.matches() ? own.group(1).length() : 0;
        for (int i = skillIndex + 1; i < Math.min(to, lines.length) && prompts.size() < MOST; i++) {
            var item = ITEM.matcher(lines[i]);
            if (lines[i].isBlank()) {
                continue;
            }
            if (!item.matches() || item.group(1).length() <= indent) {
                return;
            }
            prompts.add(clean(item.group(3)));
        }
    }

    private static String clean(String item) {
        String text = ESCAPED.matcher(MARK.matcher(item.strip()).replaceFirst("").replace("**", "").replace("__", ""))
                .replaceAll("$1");
        return text.toLowerCase(Locale.ROOT).startsWith("q:") ? text.substring(2).strip() : text;
    }
}
