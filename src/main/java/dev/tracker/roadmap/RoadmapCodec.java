package dev.tracker.roadmap;

import dev.tracker.graph.FocusHint;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A parsed {@link Roadmap} as compact binary, for the roadmap cache. Section and parent-skill
 * ids are written as indexes into the roadmap's own lists, so each id string is stored once
 * and shared again after reading. Any inconsistency read back throws, and the cache is rebuilt.
 */
final class RoadmapCodec {
    private RoadmapCodec() {
    }

    static void write(DataOutputStream out, Roadmap roadmap) throws IOException {
        writeString(out, roadmap.id());
        writeString(out, roadmap.file());
        writeString(out, roadmap.title());
        out.writeBoolean(roadmap.plain());
        Map<String, Integer> sectionIndex = new HashMap<>();
        out.writeInt(roadmap.sections().size());
        for (Section section : roadmap.sections()) {
            writeString(out, section.id());
            writeString(out, section.title());
            out.writeInt(index(sectionIndex, section.parentId()));
            out.writeInt(section.depth());
            out.writeInt(section.level());
            out.writeBoolean(section.complete());
            out.writeInt(section.line());
            sectionIndex.put(section.id(), sectionIndex.size());
        }
        Map<String, Integer> skillIndex = new HashMap<>();
        out.writeInt(roadmap.skills().size());
        for (Skill skill : roadmap.skills()) {
            writeString(out, skill.id());
            out.writeInt(index(sectionIndex, skill.sectionId()));
            out.writeInt(index(skillIndex, skill.parentSkillId()));
            writeString(out, skill.title());
            out.writeInt(skill.level());
            out.writeByte(skill.markedStatus().ordinal());
            out.writeInt(skill.line());
            skillIndex.put(skill.id(), skillIndex.size());
        }
        out.writeInt(roadmap.hints().size());
        for (FocusHint hint : roadmap.hints()) {
            out.writeByte(hint.kind().ordinal());
            writeString(out, hint.text());
            out.writeBoolean(hint.done());
            out.writeInt(index(sectionIndex, hint.sectionId()));
            out.writeInt(hint.line());
        }
        out.writeInt(roadmap.levelNames().size());
        for (Map.Entry<Integer, String> name : roadmap.levelNames().entrySet()) {
            out.writeInt(name.getKey());
            writeString(out, name.getValue());
        }
        out.writeInt(roadmap.notices().size());
        for (String notice : roadmap.notices()) {
            writeString(out, notice);
        }
    }

    static Roadmap read(CacheInput in) throws IOException {
        String id = in.readString();
        String file = in.readString();
        String title = in.readString();
        boolean plain = in.readBoolean();
        List<Section> sections = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            sections.add(new Section(in.readString(), in.readString(), sectionId(sections, in.readInt()), in.readInt(),
                    in.readInt(), in.readBoolean(), in.readInt()));
        }
        List<Skill> skills = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            String skillId = in.readString();
            String sectionId = sectionId(sections, in.readInt());
            int parent = in.readInt();
            String parentId = parent < 0 ? null : skills.get(parent).id();
            skills.add(new Skill(skillId, id, sectionId, parentId, in.readString(), in.readInt(),
                    SkillStatus.values()[in.readByte()], in.readInt()));
        }
        List<FocusHint> hints = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            hints.add(new FocusHint(FocusHint.Kind.values()[in.readByte()], in.readString(), in.readBoolean(),
                    sectionId(sections, in.readInt()), in.readInt()));
        }
        Map<Integer, String> levelNames = new TreeMap<>();
        for (int i = in.count(); i > 0; i--) {
            levelNames.put(in.readInt(), in.readString());
        }
        List<String> notices = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            notices.add(in.readString());
        }
        return new Roadmap(id, file, title, sections, skills, hints, plain, levelNames, notices);
    }

    /** A string as its UTF-8 length and bytes; null as -1 (titles may be longer than writeUTF allows). */
    static void writeString(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static int index(Map<String, Integer> indexes, String id) {
        return id == null ? -1 : indexes.get(id);
    }

    private static String sectionId(List<Section> sections, int index) {
        return index < 0 ? null : sections.get(index).id();
    }
}
