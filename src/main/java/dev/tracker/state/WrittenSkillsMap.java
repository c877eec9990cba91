package dev.tracker.state;

import dev.tracker.state.StateJsonReader.StateFormatException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@code skills} map a state file holds, against its history replayed: the history is the
 * source of truth, the map a copy of it written for readers of the file (see
 * {@link StateStore#mapDisagreements}).
 */
final class WrittenSkillsMap {
    private WrittenSkillsMap() {
    }

    /** The ids whose written entry is not what {@code progress} (the history of {@code bytes} replayed) gives, sorted. */
    static List<String> disagreements(Progress progress, byte[] bytes, StrictStateReader reader) {
        Map<String, SkillState> written;
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            written = StateJsonReader.writtenSkills(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (StateFormatException e) {
            throw reader.damaged(e.place() + e.getMessage()); // parse has read it already: not reached
        }
        if (written == null) {
            return List.of();
        }
        TreeSet<String> differ = new TreeSet<>();
        progress.skills().forEach((id, state) -> {
            if (!state.equals(written.get(id))) {
                differ.add(id);
            }
        });
        written.keySet().stream().filter(id -> !progress.skills().containsKey(id)).forEach(differ::add);
        return List.copyOf(differ);
    }
}
