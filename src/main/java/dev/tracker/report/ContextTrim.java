package dev.tracker.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A context cut to a budget of characters (`--max-chars`): the least important parts go first,
 * each from its end, and the result says how many of each it left out. Least important first:
 * the reviews due, the next items, the gaps, the notes, the done skills, the skills in progress,
 * and last the roadmaps' own rules (the mentor's mandate is what the rest is read by).
 */
public final class ContextTrim {
    /** The parts, least important first: the keys of {@link ContextReport.Result#omitted()}. */
    public static final List<String> ORDER = List.of("reviewsDue", "next", "gaps", "notes", "known", "started", "rules");

    private ContextTrim() {
    }

    /**
     * The fullest context whose rendering ({@code size}) fits in {@code max}, or empty when even
     * the context with every part left out does not. Renders O(log n) times.
     */
    public static java.util.Optional<ContextReport.Result> fit(ContextReport.Result full, ToIntFunction<ContextReport.Result> size,
                                                               int max) {
        if (size.applyAsInt(full) <= max) {
            return java.util.Optional.of(full);
        }
        int all = droppable(full);
        if (size.applyAsInt(emptied(full)) > max) {
            return java.util.Optional.empty();
        }
        int low = 1;
        int high = all; // drop(high) fits; find the fewest dropped that fits
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (size.applyAsInt(drop(full, mid)) <= max) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return java.util.Optional.of(drop(full, high));
    }

    /** The context with every part left out: its headings and what it left out. */
    public static ContextReport.Result emptied(ContextReport.Result full) {
        return drop(full, droppable(full));
    }

    /** How many items the parts hold, in all. */
    static int droppable(ContextReport.Result result) {
        int rules = (int) result.roadmaps().stream().filter(r -> !r.rules().isEmpty()).count();
        return result.due().size() + result.next().size() + result.notes().size() + rules
                + result.roadmaps().stream().mapToInt(r -> r.gaps().size() + r.known().size() + r.inProgress().size()).sum();
    }

    /** The context without its {@code k} least important items. */
    static ContextReport.Result drop(ContextReport.Result full, int k) {
        Map<String, Integer> omitted = new LinkedHashMap<>();
        int[] left = {k};
        var due = cut(full.due(), left, "reviewsDue", omitted);
        var next = cut(full.next(), left, "next", omitted);
        List<List<?>> gaps = perRoadmap(full, "gaps", left, omitted);
        var notes = cut(full.notes(), left, "notes", omitted);
        List<List<?>> known = perRoadmap(full, "known", left, omitted);
        List<List<?>> inProgress = perRoadmap(full, "started", left, omitted);
        List<List<?>> rules = perRoadmap(full, "rules", left, omitted);
        List<ContextReport.RoadmapPart> parts = new ArrayList<>();
        for (int i = 0; i < full.roadmaps().size(); i++) {
            ContextReport.RoadmapPart part = full.roadmaps().get(i);
            parts.add(new ContextReport.RoadmapPart(part.roadmap(), rules.get(i).isEmpty() ? "" : part.rules(), part.counts(),
                    cast(known.get(i)), cast(inProgress.get(i)), cast(gaps.get(i))));
        }
        return new ContextReport.Result(full.scope(), full.at(), parts, next, due, notes, omitted);
    }

    /** A per-roadmap part as one list across roadmaps, cut from the last roadmap's end; back as one list per roadmap. */
    private static List<List<?>> perRoadmap(ContextReport.Result full, String part, int[] left, Map<String, Integer> omitted) {
        List<List<?>> lists = new ArrayList<>();
        for (ContextReport.RoadmapPart roadmap : full.roadmaps()) {
            lists.add(new ArrayList<>(switch (part) {
                case "gaps" -> roadmap.gaps();
                case "known" -> roadmap.known();
                case "started" -> roadmap.inProgress();
                default -> roadmap.rules().isEmpty() ? List.of() : List.of(roadmap.rules());
            }));
        }
        for (int i = lists.size() - 1; i >= 0 && left[0] > 0; i--) {
            List<?> list = lists.get(i);
            int taken = Math.min(left[0], list.size());
            if (taken > 0) {
                lists.set(i, list.subList(0, list.size() - taken));
                left[0] -= taken;
                omitted.merge(part, taken, Integer::sum);
            }
        }
        return lists;
    }

    private static <T> List<T> cut(List<T> items, int[] left, String part, Map<String, Integer> omitted) {
        int taken = Math.min(left[0], items.size());
        if (taken > 0) {
            left[0] -= taken;
            omitted.put(part, taken);
        }
        return items.subList(0, items.size() - taken);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<?> list) {
        return (List<T>) list;
    }
}
