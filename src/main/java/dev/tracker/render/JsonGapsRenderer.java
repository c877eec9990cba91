package dev.tracker.render;

import dev.tracker.graph.Skill;
import dev.tracker.report.Counts;
import dev.tracker.report.GapsReport;
import java.util.List;
import java.util.Map;

/** `tracker gaps --json`: the schema documented in the README. */
public final class JsonGapsRenderer {
    private JsonGapsRenderer() {
    }

    public static String render(GapsReport.Result result) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("roadmaps");
            for (GapsReport.RoadmapGaps roadmap : result.roadmaps()) {
                json.writeStartObject();
                json.writeStringField("id", roadmap.roadmap().id());
                json.writeArrayFieldStart("levels");
                for (int level : roadmap.levels()) {
                    json.writeNumber(level);
                }
                json.writeEndArray();
                json.writeObjectFieldStart("levelNames");
                for (int level : roadmap.levels()) {
                    String name = roadmap.roadmap().levelNames().get(level);
                    if (name != null) {
                        json.writeStringField(Integer.toString(level), name);
                    }
                }
                json.writeEndObject();
                json.writeObjectFieldStart("frontiers");
                for (Map.Entry<Integer, Integer> entry : roadmap.topicsPerFrontier().entrySet()) {
                    json.writeNumberField(TextGapsRenderer.frontier(entry.getKey()), entry.getValue());
                }
                json.writeEndObject();
                json.writeArrayFieldStart("topics");
                for (GapsReport.TopicGaps topic : roadmap.topics()) {
                    json.writeStartObject();
                    json.writeStringField("id", topic.topic().id());
                    json.writeStringField("title", topic.topic().title());
                    json.writeNumberField("frontier", topic.frontier());
                    json.writeBooleanField("skippedAhead", topic.skippedAhead());
                    json.writeArrayFieldStart("levels");
                    for (Map.Entry<Integer, Counts> level : topic.counts().entrySet()) {
                        json.writeStartObject();
                        json.writeNumberField("level", level.getKey());
                        json.writeNumberField("done", level.getValue().done());
                        json.writeNumberField("total", level.getValue().total());
                        json.writeNumberField("inProgress", level.getValue().inProgress());
                        json.writeNumberField("skipped", level.getValue().skipped());
                        json.writeArrayFieldStart("missing");
                        for (Skill skill : topic.missing().getOrDefault(level.getKey(), List.of())) {
                            json.writeString(skill.id());
                        }
                        json.writeEndArray();
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }
}
