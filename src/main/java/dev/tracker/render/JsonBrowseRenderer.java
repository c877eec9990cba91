package dev.tracker.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tracker.graph.Section;
import dev.tracker.report.Counts;
import dev.tracker.report.ListReport;
import dev.tracker.report.ShowReport;
import dev.tracker.report.SkillView;
import java.io.IOException;
import java.util.List;

/**
 * `list`, `search` and `show` with --json: the schemas documented in the README. A skill is
 * the same object in all three, with the fields `next --json` uses for the same things.
 */
public final class JsonBrowseRenderer {
    private JsonBrowseRenderer() {
    }

    /** {"skills":[…],"sections":[…]}: the skills shown, and the sections holding them with roll-up counts. */
    public static String list(ListReport.Result result) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            skills(json, result.skills());
            json.writeArrayFieldStart("sections");
            for (ListReport.Tree tree : result.trees()) {
                if (tree.section() != null) {
                    section(json, tree.section(), tree.roadmap().id(), tree.counts());
                }
                for (ListReport.Entry entry : tree.entries()) {
                    if (entry instanceof ListReport.SectionEntry) {
                        ListReport.SectionEntry line = (ListReport.SectionEntry) entry;
                        section(json, line.section(), tree.roadmap().id(), line.counts());
                    }
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** {"skills":[…]}. */
    public static String search(List<SkillView> skills) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            skills(json, skills);
            json.writeEndObject();
        });
    }

    /** {"skill":{…}}: the list fields, plus the markdown's mark, when it last changed, and where it is written. */
    public static String skill(ShowReport.SkillDetail detail) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeFieldName("skill");
            json.writeStartObject();
            skillFields(json, detail.view());
            json.writeStringField("marked", detail.skill().markedStatus().label());
            json.writeStringField("changed", detail.lastChange() != null ? IsoTime.of(detail.lastChange().at())
                    : detail.view().state() != null ? IsoTime.of(detail.view().state().at()) : null);
            json.writeStringField("file", detail.roadmap().file());
            json.writeNumberField("line", detail.skill().line());
            JsonReviewRenderer.review(json, detail.review());
            notes(json, detail.notes());
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    /** {"section":{…,"sections":[…],"skills":[…]}}; a whole roadmap shows as a section with the roadmap's id. */
    public static String section(ListReport.Tree tree) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeFieldName("section");
            json.writeStartObject();
            Section top = tree.section();
            json.writeStringField("id", top == null ? tree.roadmap().id() : top.id());
            json.writeStringField("title", top == null ? tree.roadmap().title() : top.title());
            json.writeStringField("roadmap", tree.roadmap().id());
            json.writeNumberField("level", top == null ? 0 : top.level());
            stringArray(json, "sectionPath", tree.sectionPath());
            JsonOutput.counts(json, tree.counts());
            json.writeArrayFieldStart("sections");
            for (ListReport.Entry entry : tree.entries()) {
                if (entry instanceof ListReport.SectionEntry) {
                    ListReport.SectionEntry line = (ListReport.SectionEntry) entry;
                    section(json, line.section(), tree.roadmap().id(), line.counts());
                }
            }
            json.writeEndArray();
            skills(json, tree.skills());
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    /** "notes":[{"n","at","text"}], oldest first; n is the number `tracker note --edit N` takes. */
    static void notes(JsonGenerator json, List<dev.tracker.state.Note> notes) throws IOException {
        json.writeArrayFieldStart("notes");
        for (int i = 0; i < notes.size(); i++) {
            json.writeStartObject();
            json.writeNumberField("n", i + 1);
            json.writeStringField("at", IsoTime.of(notes.get(i).at()));
            json.writeStringField("text", notes.get(i).text());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void skills(JsonGenerator json, List<SkillView> skills) throws IOException {
        json.writeArrayFieldStart("skills");
        for (SkillView skill : skills) {
            json.writeStartObject();
            skillFields(json, skill);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void skillFields(JsonGenerator json, SkillView view) throws IOException {
        List<String> path = view.sectionPath();
        json.writeStringField("id", view.skill().id());
        json.writeStringField("title", view.skill().title());
        json.writeStringField("roadmap", view.skill().roadmapId());
        json.writeStringField("status", view.status().label());
        json.writeNumberField("level", view.skill().level());
        json.writeStringField("section", path.isEmpty() ? null : path.get(path.size() - 1));
        stringArray(json, "sectionPath", path);
    }

    private static void section(JsonGenerator json, Section section, String roadmapId,
                                Counts counts) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", section.id());
        json.writeStringField("title", section.title());
        json.writeStringField("roadmap", roadmapId);
        json.writeNumberField("depth", section.depth());
        json.writeNumberField("level", section.level());
        JsonOutput.counts(json, counts);
        json.writeEndObject();
    }

    private static void stringArray(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
