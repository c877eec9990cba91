package dev.tracker.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tracker.fsrs.Card;
import dev.tracker.report.ReviewSchedule;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** `review --list --json`, `review QUERY --grade G --json`, and the `review` object of `show --json`. */
public final class JsonReviewRenderer {
    private JsonReviewRenderer() {
    }

    /** {"due":[item…],"upcoming":[item…]}: item {"id","title","roadmap","due","overdueDays", the card's fields}. */
    public static String list(ReviewSchedule.Result result, Instant now) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            items(json, "due", result.due(), now);
            items(json, "upcoming", result.upcoming(), now);
            json.writeEndObject();
        });
    }

    /** One skill's grade as `review QUERY --grade G --json` records it: its id, the grade, its card after it. */
    public record Graded(String id, String grade, Card card) {
    }

    /** {"reviewed":[{"id","grade", the card's fields}…]}, in the order the query gave the skills. */
    public static String graded(List<Graded> graded) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("reviewed");
            for (Graded one : graded) {
                json.writeStartObject();
                json.writeStringField("id", one.id());
                json.writeStringField("grade", one.grade());
                cardFields(json, one.card());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void items(JsonGenerator json, String name, List<ReviewSchedule.Scheduled> items, Instant now)
            throws IOException {
        json.writeArrayFieldStart(name);
        for (ReviewSchedule.Scheduled item : items) {
            json.writeStartObject();
            json.writeStringField("id", item.skill().id());
            json.writeStringField("title", item.skill().title());
            json.writeStringField("roadmap", item.skill().roadmapId());
            json.writeNumberField("overdueDays", item.overdueDays(now));
            json.writeBooleanField("scheduled", item.reviewed());
            cardFields(json, item.card());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** "review": {"due","stability","difficulty","reps","lapses","state","last"}, or null for no card. */
    static void review(JsonGenerator json, Card card) throws IOException {
        json.writeFieldName("review");
        if (card == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        cardFields(json, card);
        json.writeEndObject();
    }

    private static void cardFields(JsonGenerator json, Card card) throws IOException {
        json.writeStringField("due", IsoTime.of(card.due()));
        json.writeNumberField("stability", card.stability());
        json.writeNumberField("difficulty", card.difficulty());
        json.writeNumberField("reps", card.reps());
        json.writeNumberField("lapses", card.lapses());
        json.writeStringField("state", card.state().name().toLowerCase(java.util.Locale.ROOT));
        if (card.lastReview() == null) {
            json.writeNullField("last");
        } else {
            json.writeStringField("last", IsoTime.of(card.lastReview()));
        }
    }
}
