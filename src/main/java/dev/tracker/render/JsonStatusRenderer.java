package dev.tracker.render;

import dev.tracker.graph.Section;
import dev.tracker.report.StatusReport;

/** `tracker status --json`: the schema documented in the README. */
public final class JsonStatusRenderer {
    private JsonStatusRenderer() {
    }

    public static String render(StatusReport.Result result) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("roadmaps");
            for (StatusReport.RoadmapStatus roadmap : result.roadmaps()) {
                json.writeStartObject();
                json.writeStringField("id", roadmap.roadmap().id());
                json.writeStringField("file", roadmap.roadmap().file());
                json.writeStringField("title", roadmap.roadmap().title());
                JsonOutput.counts(json, roadmap.counts());
                json.writeArrayFieldStart("sections");
                for (StatusReport.SectionStatus line : roadmap.sections()) {
                    Section section = line.section();
                    json.writeStartObject();
                    json.writeStringField("id", section.id());
                    json.writeStringField("title", section.title());
                    json.writeNumberField("depth", section.depth());
                    json.writeNumberField("level", section.level());
                    JsonOutput.counts(json, line.counts());
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
