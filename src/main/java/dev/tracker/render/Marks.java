package dev.tracker.render;

import dev.tracker.graph.SkillStatus;

/** The mark a status shows as in every text report: the roadmap syntax users already know. */
public final class Marks {
    private Marks() {
    }

    public static String of(SkillStatus status) {
        return switch (status) {
            case DONE -> "[x]";
            case IN_PROGRESS -> "[/]";
            case SKIPPED -> "[-]";
            case TODO -> "[ ]";
        };
    }
}
