package dev.tracker.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** All roadmaps together, indexed by id: the in-memory skill graph every report reads. */
public final class SkillGraph {
    private final List<Roadmap> roadmaps;
    private final Map<String, Roadmap> roadmapsById = new LinkedHashMap<>();
    private final Map<String, Skill> skillsById = new LinkedHashMap<>();
    private final Map<String, Section> sectionsById = new HashMap<>();
    private final Map<String, List<Skill>> skillsUnderSection = new HashMap<>();

    public SkillGraph(List<Roadmap> roadmaps) {
        this.roadmaps = List.copyOf(roadmaps);
        for (Roadmap roadmap : this.roadmaps) {
            roadmapsById.put(roadmap.id(), roadmap);
            roadmap.sections().forEach(s -> sectionsById.put(s.id(), s));
            roadmap.skills().forEach(s -> skillsById.put(s.id(), s));
        }
        for (Skill skill : skillsById.values()) {
            for (String sectionId = skill.sectionId(); sectionId != null; sectionId = sectionsById.get(sectionId).parentId()) {
                skillsUnderSection.computeIfAbsent(sectionId, k -> new ArrayList<>()).add(skill);
            }
        }
    }

    public List<Roadmap> roadmaps() {
        return roadmaps;
    }

    /** Every skill of every roadmap, in roadmap then document order. */
    public List<Skill> skills() {
        return List.copyOf(skillsById.values());
    }

    public Optional<Skill> skill(String id) {
        return Optional.ofNullable(skillsById.get(id));
    }

    public Section section(String id) {
        return sectionsById.get(id);
    }

    public Roadmap roadmapOf(Skill skill) {
        return roadmapsById.get(skill.roadmapId());
    }

    /** A roadmap by its id or file name, ignoring case and a missing ".md". */
    public Optional<Roadmap> findRoadmap(String query) {
        String wanted = query.toLowerCase(Locale.ROOT).replaceFirst("\\.md$", "");
        for (Roadmap roadmap : roadmaps) {
            String file = roadmap.file().toLowerCase(Locale.ROOT).replaceFirst("\\.md$", "");
            if (roadmap.id().equals(wanted) || file.equals(wanted)) {
                return Optional.of(roadmap);
            }
        }
        return Optional.empty();
    }

    /** The skills in a section and all the sections below it, in document order. */
    public List<Skill> skillsUnder(String sectionId) {
        return Collections.unmodifiableList(skillsUnderSection.getOrDefault(sectionId, List.of()));
    }

    /** The section and its ancestors, outermost first. */
    public List<Section> sectionPath(String sectionId) {
        List<Section> path = new ArrayList<>();
        for (Section s = sectionsById.get(sectionId); s != null; s = s.parentId() == null ? null : sectionsById.get(s.parentId())) {
            path.add(0, s);
        }
        return path;
    }
}
