package dev.tracker.roadmap;

import dev.tracker.graph.FocusHint;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.Slug;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies the roadmap rules to one file's blocks: headings open sections, marked items are
 * skills (or, in a roadmap with no marks at all, leaf bullets are), status lists are hints.
 * Ids are built from the text of the path, so they do not move when sections are reordered.
 */
final class RoadmapAssembler {
    /** An open heading section: its record so far, and whether it is a status list. */
    private record Open(Section section, int headingLevel, boolean statusList) {
    }

    private final String roadmapId;
    private final boolean plain;
    /** Whether checklist tables are read: only in a file whose lists carry no marks. */
    private final boolean tables;
    private final List<Integer> unreadTables = new ArrayList<>();
    private final List<Integer> unspacedMarkers = new ArrayList<>();
    private final Map<String, Section> tableSections = new HashMap<>();
    private final List<String> notices = new ArrayList<>();
    private final LevelScale scale;
    /** Every heading carries a check mark: then they are decoration, not "complete". */
    private final boolean checkMarksDecorate;
    private final boolean severalTitles;
    private final Map<Integer, String> taxonomy = new TreeMap<>();
    private final Map<Integer, String> headingNames = new TreeMap<>();
    private final Deque<Open> headings = new ArrayDeque<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Skill> skills = new ArrayList<>();
    private final List<FocusHint> hints = new ArrayList<>();
    private final Map<Integer, String> skillOfItem = new HashMap<>();
    private final Map<Integer, Section> groupOfItem = new HashMap<>();
    private final Map<Integer, Integer> parentOfItem = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final Map<String, Integer> nextSuffix = new HashMap<>();
    private String title;

    private RoadmapAssembler(String roadmapId, boolean plain, boolean tables, FileTraits traits) {
        this.roadmapId = roadmapId;
        this.scale = traits.scale();
        this.checkMarksDecorate = traits.checkMarksDecorate();
        this.severalTitles = traits.severalTitles();
        this.plain = plain;
        this.tables = tables;
    }

    /** Marked items are skills; a roadmap without any is read as a plan of plain bullets. */
    static Roadmap assemble(String roadmapId, String file, List<MarkdownBlock> blocks) {
        FileTraits traits = FileTraits.of(blocks);
        RoadmapAssembler chosen = new RoadmapAssembler(roadmapId, false, false, traits).run(blocks);
        if (!chosen.skills.isEmpty() && !chosen.unreadTables.isEmpty()) {
            int n = chosen.unreadTables.size();
            chosen.notices.add("line " + chosen.unreadTables.get(0) + ": " + (n == 1 ? "a table" : n + " tables")
                    + " with markers not read as skills, since the file's lists carry marks (make them list items)");
        }
        if (chosen.skills.isEmpty() && !chosen.unreadTables.isEmpty()) {
            chosen = new RoadmapAssembler(roadmapId, false, true, traits).run(blocks);
        }
        if (chosen.skills.isEmpty()) {
            chosen = new RoadmapAssembler(roadmapId, true, false, traits).run(blocks);
        }
        if (!chosen.unspacedMarkers.isEmpty()) {
            int more = chosen.unspacedMarkers.size() - 1;
            chosen.notices.add("line " + chosen.unspacedMarkers.get(0) + ": a marker with no space after it (\"- [ ]Text\")"
                    + (more > 0 ? " and " + more + " more" : "") + " is not read as a marker: put a space after \"]\"");
        }
        String title = chosen.title != null ? chosen.title : file;
        return new Roadmap(roadmapId, file, title, chosen.sections, chosen.skills, chosen.hints, chosen.plain,
                chosen.levelNames(), chosen.notices);
    }

    /** The roadmap's own taxonomy first ("L1 (Junior)"), then what its level headings call them. */
    private Map<Integer, String> levelNames() {
        Set<Integer> used = new HashSet<>();
        sections.forEach(s -> used.add(s.level()));
        Map<Integer, String> names = new TreeMap<>(headingNames);
        names.putAll(taxonomy);
        names.keySet().retainAll(used);
        return names;
    }

    private RoadmapAssembler run(List<MarkdownBlock> blocks) {
        for (MarkdownBlock block : blocks) {
            if (block instanceof MarkdownBlock.Heading) {
                heading((MarkdownBlock.Heading) block);
            } else if (block instanceof MarkdownBlock.Item) {
                item((MarkdownBlock.Item) block);
            } else if (block instanceof MarkdownBlock.Table) {
                table((MarkdownBlock.Table) block);
            } else {
                paragraph((MarkdownBlock.Paragraph) block);
            }
        }
        return this;
    }

    private void heading(MarkdownBlock.Heading heading) {
        String text = MojibakeRepair.repair(heading.text());
        if (heading.level() == 1 && title == null && sections.isEmpty() && !severalTitles) {
            title = text;
            return;
        }
        if (FocusRules.isStatusHeading(text)) {
            if (FocusRules.saysComplete(text, checkMarksDecorate) && !headings.isEmpty()) {
                headings.push(withComplete(headings.pop()));
            }
            return;
        }
        while (!headings.isEmpty() && headings.peek().headingLevel() >= heading.level()) {
            headings.pop();
        }
        Section parent = headings.isEmpty() ? null : headings.peek().section();
        int level = scale.levelOf(text);
        if (level > 0 && scale.isNamed(text) && levelOf(parent == null ? null : parent.id()) > 0) {
            level = 0; // "### Advanced selectors" under "## Beginner" is a topic of that level, not a level
        }
        if (level > 0) {
            String name = scale.nameOf(text);
            if (name != null) {
                headingNames.putIfAbsent(level, name);
            }
        }
        Section section = newSection(parent, text, Slug.ofHeading(text), level, FocusRules.saysComplete(text, checkMarksDecorate),
                heading.line());
        boolean statusList = FocusRules.isStatusSection(text) || !headings.isEmpty() && headings.peek().statusList();
        headings.push(new Open(section, heading.level(), statusList));
    }

    private void item(MarkdownBlock.Item item) {
        parentOfItem.put(item.index(), item.parentIndex());
        Optional<ItemMarker> marker = ItemMarker.parse(item.lead());
        if (marker.isEmpty() && ItemMarker.lacksItsSpace(item.lead())) {
            unspacedMarkers.add(item.line());
        }
        String text = MojibakeRepair.repair(InlineText.plain(marker.map(ItemMarker::rest).orElse(item.lead())));
        LevelScale.taxonomyOf(text).forEach(taxonomy::putIfAbsent);
        if (!headings.isEmpty() && headings.peek().statusList()) {
            if (!text.isEmpty()) {
                boolean done = marker.map(m -> m.status() == SkillStatus.DONE).orElse(false);
                hints.add(new FocusHint(FocusHint.Kind.STATUS_ITEM, text, done, currentSectionId(), item.line()));
            }
        } else if (!plain && marker.isPresent()) {
            String parentSkill = nearestAncestor(item.parentIndex(), skillOfItem);
            addSkill(item, parentSkill != null ? parentSkill : currentSectionId(), parentSkill, text, marker.get().status());
        } else if (plain && !text.isEmpty() && !Navigation.isInDocumentLink(item.lead())) {
            Section group = nearestAncestor(item.parentIndex(), groupOfItem);
            Section parent = group != null ? group : headings.isEmpty() ? null : headings.peek().section();
            if (item.hasSubList()) {
                groupOfItem.put(item.index(), newSection(parent, text, Slug.ofText(text), 0, false, item.line()));
            } else {
                addSkill(item, parent == null ? null : parent.id(), null, text, SkillStatus.TODO);
            }
        }
    }

    /** A checklist table's rows are skills (its Section/Topic column, sections under the heading); other tables are not. */
    private void table(MarkdownBlock.Table table) {
        if (plain || !headings.isEmpty() && headings.peek().statusList()) {
            return;
        }
        Optional<ChecklistTable> checklist = ChecklistTable.of(table);
        if (checklist.isEmpty()) {
            return;
        }
        if (!tables) {
            unreadTables.add(table.line());
            return;
        }
        String headingId = currentSectionId();
        for (ChecklistTable.Row row : checklist.get().skills()) {
            String sectionId = headingId;
            if (row.section() != null) {
                Section parent = headings.isEmpty() ? null : headings.peek().section();
                sectionId = tableSections.computeIfAbsent(headingId + "\n" + row.section(),
                        k -> newSection(parent, row.section(), Slug.ofText(row.section()), 0, false, row.line())).id();
            }
            String id = uniqueId((sectionId == null ? roadmapId : sectionId) + "/" + Slug.ofText(row.title()));
            skills.add(new Skill(id, roadmapId, sectionId, null, row.title(), levelOf(sectionId), row.status(), row.line()));
        }
    }

    private void paragraph(MarkdownBlock.Paragraph paragraph) {
        String[] lines = paragraph.raw().split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = MojibakeRepair.repair(InlineText.plain(lines[i]));
            LevelScale.taxonomyOf(line).forEach(taxonomy::putIfAbsent);
            FocusRules.focusLine(line, currentSectionId(), paragraph.line() + i).ifPresent(hints::add);
        }
    }

    private void addSkill(MarkdownBlock.Item item, String idBase, String parentSkill, String text, SkillStatus status) {
        String sectionId = currentSectionId();
        Section group = nearestAncestor(item.parentIndex(), groupOfItem);
        if (group != null) {
            sectionId = group.id();
        }
        String id = uniqueId((idBase == null ? roadmapId : idBase) + "/" + Slug.ofText(text));
        skills.add(new Skill(id, roadmapId, sectionId, parentSkill, text.isEmpty() ? "(untitled)" : text,
                levelOf(sectionId), status, item.line()));
        skillOfItem.put(item.index(), id);
    }

    private Section newSection(Section parent, String text, String slug, int level, boolean complete, int line) {
        String id = uniqueId((parent == null ? roadmapId : parent.id()) + "/" + slug);
        Section section = new Section(id, text, parent == null ? null : parent.id(),
                parent == null ? 1 : parent.depth() + 1, level, complete, line);
        sections.add(section);
        return section;
    }

    private Open withComplete(Open open) {
        Section s = open.section();
        Section done = new Section(s.id(), s.title(), s.parentId(), s.depth(), s.level(), true, s.line());
        sections.set(sections.indexOf(s), done);
        return new Open(done, open.headingLevel(), open.statusList());
    }

    private int levelOf(String sectionId) {
        for (int i = sections.size() - 1; sectionId != null && i >= 0; i--) {
            Section s = sections.get(i);
            if (s.id().equals(sectionId)) {
                if (s.level() > 0) {
                    return s.level();
                }
                sectionId = s.parentId();
            }
        }
        return 0;
    }

    private <T> T nearestAncestor(int itemIndex, Map<Integer, T> found) {
        for (int i = itemIndex; i >= 0; i = parentOfItem.getOrDefault(i, -1)) {
            if (found.containsKey(i)) {
                return found.get(i);
            }
        }
        return null;
    }

    private String currentSectionId() {
        return headings.isEmpty() ? null : headings.peek().section().id();
    }

    /** "x", then "x-2", "x-3"…; each base remembers its next number, so 100,000 skills named alike stay linear. */
    private String uniqueId(String wanted) {
        if (usedIds.add(wanted)) {
            return wanted;
        }
        int n = nextSuffix.getOrDefault(wanted, 2);
        while (!usedIds.add(wanted + "-" + n)) {
            n++;
        }
        nextSuffix.put(wanted, n + 1);
        return wanted + "-" + n;
    }
}
