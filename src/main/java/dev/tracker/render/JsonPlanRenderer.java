package dev.tracker.render;

import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.report.PlanReport;
import java.util.List;

/** `tracker next --json`: the schema documented in the README. */
public final class JsonPlanRenderer {
    private JsonPlanRenderer() {
    }

    public static String render(SkillGraph graph, PlanReport.Result result) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("items");
            for (PlanReport.Item item : result.items()) {
                Skill skill = item.skill();
                List<Section> path = skill.sectionId() == null ? List.of() : graph.sectionPath(skill.sectionId());
                json.writeStartObject();
                json.writeStringField("kind", item.kind());
                json.writeStringField("id", skill.id());
                json.writeStringField("title", skill.title());
                json.writeStringField("roadmap", skill.roadmapId());
                json.writeStringField("section", path.isEmpty() ? null : path.get(path.size() - 1).title());
                json.writeArrayFieldStart("sectionPath");
                for (Section section : path) {
                    json.writeString(section.title());
                }
                json.writeEndArray();
                json.writeNumberField("level", skill.level());
                json.writeStringField("status", item.status().label());
                json.writeStringField("reason", item.reason());
                json.writeStringField("hours", item.hours());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("notes");
            for (String note : result.notes()) {
                json.writeString(note);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }
}
