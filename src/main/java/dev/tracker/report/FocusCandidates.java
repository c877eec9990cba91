package dev.tracker.report;

import dev.tracker.graph.FocusHint;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.Slug;
import dev.tracker.state.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a roadmap's own focus hints point at: "Month 5: Active" in a status list, "Currently
 * Working On: …", "Next Up: …". A hint names a section (all its words are in the title) or,
 * failing that, skills; sections the roadmap marks complete are passed over.
 */
final class FocusCandidates {
    private static final Pattern ACTIVE = Pattern.compile(
            "^(.+?)\\s*[:\\-–—]\\s*(?:active|current|in progress|ongoing|now)\\b", Pattern.CASE_INSENSITIVE);

    private FocusCandidates() {
    }

    static List<PlanReport.Candidate> of(SkillGraph graph, Progress progress, Roadmap roadmap) {
        List<PlanReport.Candidate> candidates = new ArrayList<>();
        for (FocusHint hint : roadmap.hints()) {
            String target;
            String reason;
            switch (hint.kind()) {
                case STATUS_ITEM -> {
                    Matcher active = ACTIVE.matcher(hint.text());
                    if (hint.done() || !active.find()) {
                        continue;
                    }
                    target = active.group(1);
                    reason = target + " is active (" + roadmap.id() + " says so)";
                }
                case WORKING_ON -> {
                    target = hint.text();
                    reason = "currently working on: " + target;
                }
                case NEXT_UP -> {
                    target = hint.text();
                    reason = "next up: " + target;
                }
                default -> throw new IllegalStateException("unknown hint " + hint.kind());
            }
            for (Skill skill : skillsNamedBy(graph, roadmap, target)) {
                if (PlanReport.isPlannable(graph, progress, skill)) {
                    candidates.add(new PlanReport.Candidate(skill, reason));
                }
            }
        }
        return candidates;
    }

    /** The first section whose title holds every word of the target, else the skills whose titles do. */
    private static List<Skill> skillsNamedBy(SkillGraph graph, Roadmap roadmap, String target) {
        List<String> words = Slug.words(target);
        if (words.isEmpty()) {
            return List.of();
        }
        for (Section section : roadmap.sections()) {
            if (Slug.words(section.title()).containsAll(words) && !graph.skillsUnder(section.id()).isEmpty()) {
                return section.complete() ? List.of() : graph.skillsUnder(section.id());
            }
        }
        return roadmap.skills().stream().filter(s -> Slug.words(s.title()).containsAll(words)).toList();
    }
}
