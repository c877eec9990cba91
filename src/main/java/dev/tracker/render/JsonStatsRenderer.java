package dev.tracker.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tracker.report.PlanSchedule;
import dev.tracker.report.RoadmapPace;
import dev.tracker.report.StatsReport;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;

/** `tracker stats --json`: the schema documented in the README. */
public final class JsonStatsRenderer {
    private JsonStatsRenderer() {
    }

    /** @param days the days to list (those of the calendar with changes, oldest first) */
    public static String render(StatsReport report, SortedMap<LocalDate, Integer> days) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("streak");
            json.writeNumberField("current", report.streak().current());
            json.writeNumberField("longest", report.streak().longest());
            date(json, "lastActive", report.streak().lastActive());
            json.writeEndObject();
            json.writeArrayFieldStart("days");
            for (Map.Entry<LocalDate, Integer> day : days.entrySet()) {
                json.writeStartObject();
                json.writeStringField("date", day.getKey().toString());
                json.writeNumberField("changes", day.getValue());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("roadmaps");
            for (RoadmapPace pace : report.roadmaps()) {
                json.writeStartObject();
                json.writeStringField("id", pace.roadmap().id());
                json.writeNumberField("doneThisWeek", pace.doneThisWeek());
                json.writeNumberField("pacePerWeek", pace.pacePerWeek());
                json.writeNumberField("remaining", pace.remaining());
                date(json, "eta", pace.eta());
                schedule(json, pace.schedule());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void schedule(JsonGenerator json, PlanSchedule plan) throws IOException {
        if (plan == null) {
            json.writeNullField("schedule");
            return;
        }
        json.writeObjectFieldStart("schedule");
        json.writeStringField("unit", plan.unit());
        json.writeNumberField("periods", plan.periods());
        date(json, "startedOn", plan.startedOn());
        number(json, "current", plan.current());
        if (plan.firstOpen() == null) {
            json.writeNullField("firstOpen");
        } else {
            json.writeObjectFieldStart("firstOpen");
            json.writeNumberField("first", plan.firstOpen().first());
            json.writeNumberField("last", plan.firstOpen().last());
            json.writeStringField("title", plan.firstOpen().title());
            json.writeEndObject();
        }
        number(json, "behind", plan.behind());
        if (plan.hours() == null) {
            json.writeNullField("hours");
        } else {
            json.writeObjectFieldStart("hours");
            json.writeNumberField("total", hundredths(plan.hours().total()));
            json.writeNumberField("done", hundredths(plan.hours().done()));
            json.writeNumberField("left", hundredths(plan.hours().left()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static double hundredths(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static void date(JsonGenerator json, String name, LocalDate date) throws IOException {
        if (date == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, date.toString());
        }
    }

    private static void number(JsonGenerator json, String name, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }
}
