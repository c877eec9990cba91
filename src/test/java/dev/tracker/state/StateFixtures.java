package dev.tracker.state;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import java.time.Instant;

/** Skills built by hand, so that state tests do not depend on the markdown parser. */
final class StateFixtures {
    static final Instant T1 = Instant.parse("2026-11-21T09:00:00Z");
    static final Instant T2 = Instant.parse("2026-11-22T10:30:00Z");
    static final Instant T3 = Instant.parse("2026-11-23T11:45:30.123456789Z");

    private StateFixtures() {
    }

    static Skill skill(String id, SkillStatus marked) {
        String roadmap = id.substring(0, id.indexOf('/'));
        return new Skill(id, roadmap, null, null, "Title of " + id, 0, marked, 1);
    }

    static Skill todo(String id) {
        return skill(id, SkillStatus.TODO);
    }
}
