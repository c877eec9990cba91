package dev.tracker.state;

import dev.tracker.graph.SkillStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * What the user said about one skill, overriding the markdown's mark.
 *
 * @param status the status the user set
 * @param at     when they set it
 * @param title  the skill's text at that moment, so that an entry whose skill was reworded
 *               or moved can still be recognised and re-attached; cut to the bound a state
 *               file holds ({@link StateBounds#MAX_STRING_CHARS}), so what is written reads back
 */
public record SkillState(SkillStatus status, Instant at, String title) {
    public SkillState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        title = title == null ? "" : StateBounds.boundedTitle(title);
    }
}
