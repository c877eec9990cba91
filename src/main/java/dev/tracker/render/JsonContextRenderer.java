package dev.tracker.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tracker.graph.Skill;
import dev.tracker.report.ContextReport;
import dev.tracker.report.ContextTrim;
import dev.tracker.report.GapsReport;
import dev.tracker.report.PlanReport;
import dev.tracker.report.ReviewSchedule;
import dev.tracker.report.SkillView;
import java.io.IOException;

/** `tracker context --format json`: the schema documented in the README (fields may be added, never renamed). */
public final class JsonContextRenderer {
    private JsonContextRenderer() {
    }

    public static String render(ContextReport.Result result) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeStringField("scope", result.scope());
            json.writeStringField("at", IsoTime.of(result.at()));
            json.writeArrayFieldStart("roadmaps");
            for (ContextReport.RoadmapPart part : result.roadmaps()) {
                roadmap(json, part);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("next");
            for (PlanReport.Item item : result.next()) {
                json.writeStartObject();
                skill(json, item.skill());
                json.writeStringField("status", item.status().label());
                json.writeStringField("reason", item.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("reviewsDue");
            for (ReviewSchedule.Scheduled due : result.due()) {
                json.writeStartObject();
                skill(json, due.skill());
                json.writeNumberField("overdueDays", due.overdueDays(result.at()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("notes");
            for (ContextReport.Noted noted : result.notes()) {
                json.writeStartObject();
                json.writeStringField("id", noted.skill().id());
                json.writeNumberField("n", noted.n());
                json.writeStringField("at", IsoTime.of(noted.note().at()));
                json.writeStringField("text", noted.note().text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("omitted");
            for (String part : ContextTrim.ORDER) {
                json.writeNumberField(part, result.omitted().getOrDefault(part, 0));
            }
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    private static void roadmap(JsonGenerator json, ContextReport.RoadmapPart part) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", part.roadmap().id());
        json.writeStringField("file", part.roadmap().file());
        json.writeStringField("title", part.roadmap().title());
        json.writeStringField("rules", part.rules());
        JsonOutput.counts(json, part.counts());
        json.writeArrayFieldStart("known");
        String group = null;
        for (ContextReport.Known known : part.known()) {
            String key = known.group() + "\n" + known.level();
            if (!key.equals(group)) {
                if (group != null) {
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeStartObject();
                json.writeStringField("group", known.group());
                json.writeNumberField("level", known.level());
                json.writeArrayFieldStart("skills");
                group = key;
            }
            json.writeStartObject();
            skill(json, known.skill());
            json.writeEndObject();
        }
        if (group != null) {
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("started");
        for (SkillView view : part.inProgress()) {
            json.writeStartObject();
            skill(json, view.skill());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("gaps");
        for (GapsReport.TopicGaps gaps : part.gaps()) {
            json.writeStartObject();
            json.writeStringField("id", gaps.topic().id());
            json.writeStringField("title", gaps.topic().title());
            json.writeNumberField("frontier", gaps.frontier());
            json.writeBooleanField("skippedAhead", gaps.skippedAhead());
            json.writeArrayFieldStart("missing");
            for (Skill skill : gaps.missing().get(gaps.frontier())) {
                json.writeString(skill.id());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void skill(JsonGenerator json, Skill skill) throws IOException {
        json.writeStringField("id", skill.id());
        json.writeStringField("title", skill.title());
    }
}
