package dev.tracker.roadmap;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The questions a roadmap asks about a skill, for the review session: within the skill's
 * section, the list after "Then answer:" or "You Must Understand:", the items that say
 * "can explain …" or "draw from memory", and the items nested under the skill itself; then
 * those of other sections ({@link RelatedPrompts}: its phase's success items, its topic's
 * drawing challenges). Read from the roadmap's text by lines: this runs only when a review
 * shows a card.
 */
public final class RecallPrompts {
    static final int MOST = 8;
    private static final Pattern INTRO = Pattern.compile("(?i)(then answer|you must understand|questions?|ask yourself)\\b.*:\\s*$");
    private static final Pattern RECALL = Pattern.compile("(?i)(can explain|draw from memory|explain (why|how|what))");
    static final Pattern ITEM = Pattern.compile("^(\\s*)([-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern MARK = Pattern.compile("^\\[[ xX/-]\\]\\s*");
    private static final Pattern ESCAPED = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+.!-])");

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
        RelatedPrompts.add(lines, roadmap, skill, section, prompts);
        return prompts.size() > MOST ? prompts.subList(0, MOST) : prompts;
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

    static String clean(String item) {
        String text = ESCAPED.matcher(MARK.matcher(item.strip()).replaceFirst("").replace("**", "").replace("__", ""))
                .replaceAll("$1");
        return text.toLowerCase(Locale.ROOT).startsWith("q:") ? text.substring(2).strip() : text;
    }
}
