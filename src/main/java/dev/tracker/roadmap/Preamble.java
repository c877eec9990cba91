package dev.tracker.roadmap;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * A roadmap's preamble: the markdown between its title and its first heading or skill, where
 * roadmaps written for a mentor put its rules ("Role: … Rules: … Taxonomy: …"). Kept as the
 * source wrote it (it is meant for a reader, person or model), mojibake repaired, with the
 * blank lines, setext underline and thematic breaks at either end left out.
 */
final class Preamble {
    private Preamble() {
    }

    static String of(String text, List<MarkdownBlock> blocks, Roadmap roadmap) {
        int first = 1;
        int end = Integer.MAX_VALUE;
        boolean titleSeen = false;
        for (MarkdownBlock block : blocks) {
            if (block instanceof MarkdownBlock.Heading) {
                MarkdownBlock.Heading heading = (MarkdownBlock.Heading) block;
                if (!titleSeen && heading.level() == 1 && end == Integer.MAX_VALUE && heading.line() >= first
                        && roadmap.sections().stream().noneMatch(s -> s.line() == heading.line() && !empty(roadmap, s))) {
                    first = heading.line() + 1;
                    titleSeen = true;
                    continue;
                }
                end = Math.min(end, heading.line());
                break;
            }
        }
        if (!roadmap.skills().isEmpty()) {
            end = Math.min(end, roadmap.skills().get(0).line());
        }
        for (Section section : roadmap.sections()) {
            if (section.line() >= first) { // the title may be an empty first section (a file of several # headings)
                end = Math.min(end, section.line());
                break;
            }
        }
        List<String> lines = text.lines().toList();
        List<String> kept = new ArrayList<>(lines.subList(Math.min(first - 1, lines.size()),
                Math.max(Math.min(first - 1, lines.size()), Math.min(end - 1, lines.size()))));
        while (!kept.isEmpty() && trimmable(kept.get(0))) {
            kept.remove(0);
        }
        while (!kept.isEmpty() && trimmable(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (String line : kept) {
            out.append(MojibakeRepair.repair(line.stripTrailing())).append('\n');
        }
        return out.toString();
    }

    /** A section that holds no skill and no section: a heading over text alone, such as a mentor's mandate. */
    private static boolean empty(Roadmap roadmap, Section section) {
        return roadmap.skills().stream().noneMatch(skill -> section.id().equals(skill.sectionId()))
                && roadmap.sections().stream().noneMatch(other -> section.id().equals(other.parentId()));
    }

    /** Blank lines, a setext underline, a thematic break (---, ***, ___). */
    private static boolean trimmable(String line) {
        String bare = line.replace(" ", "").replace("\t", "");
        return bare.isEmpty() || bare.matches("=+|-{3,}|\\*{3,}|_{3,}");
    }
}
