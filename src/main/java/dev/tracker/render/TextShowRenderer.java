package dev.tracker.render;

import dev.tracker.graph.Skill;
import dev.tracker.report.ListReport;
import dev.tracker.report.ListFilter;
import dev.tracker.report.ShowReport;
import dev.tracker.report.SkillView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * `tracker show` as text. A skill: its id, where it is, its status and since when, then its
 * whole text, wrapped (the one place text wraps: it is the point of the command). A section:
 * its id, then the same tree `list` prints.
 */
public final class TextShowRenderer {
    private final int width;
    private final DateTimeFormatter time;

    public TextShowRenderer(int width, ZoneId zone) {
        this.width = width;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    public String skill(ShowReport.SkillDetail detail) {
        SkillView view = detail.view();
        Skill skill = view.skill();
        StringBuilder out = new StringBuilder();
        out.append(Text.cut(Marks.of(view.status()) + " " + skill.id(), width)).append('\n');
        field(out, "roadmap", detail.roadmap().id() + " · " + detail.roadmap().title());
        if (!view.sectionPath().isEmpty()) {
            field(out, "section", String.join(" › ", view.sectionPath()));
        }
        if (skill.level() > 0) {
            field(out, "level", "L" + skill.level());
        }
        field(out, "status", status(detail));
        field(out, "source", detail.roadmap().file() + ", line " + skill.line());
        out.append('\n');
        for (String line : wrap(skill.title(), width - 2)) {
            out.append("  ").append(line).append('\n');
        }
        if (!detail.notes().isEmpty()) {
            out.append('\n').append("  notes\n");
            TextNoteRenderer notes = new TextNoteRenderer(width, time.getZone());
            for (int i = 0; i < detail.notes().size(); i++) {
                out.append(notes.note(i + 1, detail.notes().get(i)));
            }
        }
        return out.toString();
    }

    public String section(ListReport.Tree tree) {
        String kind = tree.section() == null ? "roadmap  " + tree.roadmap().id() + "  (" + tree.roadmap().file() + ")"
                : "section  " + tree.section().id();
        TextListRenderer list = new TextListRenderer(width);
        return Text.cut(kind, width) + "\n" + list.tree(tree, ListFilter.ALL.describe(), TextListRenderer.countsWidth(List.of(tree)));
    }

    /** "done since 2026-11-21 09:00 UTC; the markdown marks it todo", or the markdown's mark and the last change. */
    private String status(ShowReport.SkillDetail detail) {
        SkillView view = detail.view();
        String marked = view.skill().markedStatus().label();
        if (view.state() != null) {
            return view.status().label() + " since " + format(view.state().at()) + "; the markdown marks it " + marked;
        }
        String status = view.status().label() + ", as the markdown marks it";
        return detail.lastChange() == null ? status : status + "; last changed " + format(detail.lastChange().at());
    }

    private String format(Instant at) {
        String zone = time.getZone().getId();
        return time.format(at) + " " + (zone.equals("Z") || zone.equals("UTC") ? "UTC" : zone);
    }

    private void field(StringBuilder out, String name, String value) {
        out.append(Text.cut("  " + String.format("%-8s", name) + " " + value, width)).append('\n');
    }

    /** Words filled into lines of at most {@code columns}; a word longer than a line is cut. */
    static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && DisplayWidth.of(line.toString()) + 1 + DisplayWidth.of(word) > columns) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines.stream().map(l -> Text.cut(l, columns)).toList();
    }
}
