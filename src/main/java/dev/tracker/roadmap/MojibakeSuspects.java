package dev.tracker.roadmap;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the lines that still look like UTF-8 read as a Windows or Mac code page once
 * {@link MojibakeRepair} has repaired what is certain: usually a sequence that lost a byte on
 * the way ("1ï¸âƒ£" is a keycap whose 0x8F byte was dropped). A run of non-ASCII characters is
 * turned back into the code page's bytes and searched for the shape of UTF-8: a lead byte
 * followed by continuation bytes. A lead with two or more of them (or a C1 control character)
 * is damage almost surely. A lead with one or none, or a whole two-byte sequence ("â" in
 * "analysisâwhy", "Ã©"), is also how French or Turkish is written, so it counts only in a text
 * that shows certain damage elsewhere. Nothing is changed; this only points.
 */
public final class MojibakeSuspects {
    private static final List<Map<Character, Integer>> CODE_PAGES = List.of(
            bytesOf("windows-1252"), bytesOf("windows-1254"), bytesOf("x-MacRoman"));

    private MojibakeSuspects() {
    }

    /** The suspect lines of a roadmap's text, in order; empty when it looks clean. */
    public static List<MojibakeSuspect> lines(String markdown) {
        List<MojibakeSuspect> suspects = new ArrayList<>();
        List<Boolean> sure = new ArrayList<>();
        boolean damaged = false;
        int number = 1;
        for (int start = 0; start <= markdown.length(); number++) {
            int end = lineEnd(markdown, start);
            String line = markdown.substring(start == 0 && markdown.startsWith("\uFEFF") ? 1 : start, end);
            String repaired = MojibakeRepair.repair(line);
            damaged |= !repaired.equals(line);
            int strongest = 0;
            String fragment = null;
            for (String run : nonAsciiRuns(repaired)) {
                int strength = CODE_PAGES.stream().mapToInt(page -> strength(run, page)).max().orElse(0);
                if (strength > strongest) {
                    strongest = strength;
                    fragment = run;
                }
            }
            if (strongest > 0) {
                suspects.add(new MojibakeSuspect(number, line, fragment));
                sure.add(strongest == 2);
            }
            boolean crlf = end + 1 < markdown.length() && markdown.charAt(end) == '\r' && markdown.charAt(end + 1) == '\n';
            start = crlf ? end + 2 : end + 1;
        }
        // a "possible" line counts only in a text that shows certain damage somewhere
        boolean trusted = damaged || sure.contains(true);
        List<MojibakeSuspect> found = new ArrayList<>();
        for (int i = 0; i < suspects.size(); i++) {
            if (sure.get(i) || trusted) {
                found.add(suspects.get(i));
            }
        }
        return found;
    }

    /** 2 when the run is damage almost surely, 1 when it may be, 0 when it looks like text. */
    private static int strength(String run, Map<Character, Integer> codePage) {
        int strongest = 0;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                return 2; // a C1 control: a byte the code page leaves undefined, carried through as is
            }
            Integer lead = codePage.get(c);
            int needed = lead == null || lead > 0xF4 ? 0 : lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC2 ? 1 : 0;
            int following = 0;
            while (following < needed && i + 1 + following < run.length()) {
                Integer next = codePage.get(run.charAt(i + 1 + following));
                if (next == null || next < 0x80 || next > 0xBF) {
                    break;
                }
                following++;
            }
            if (needed >= 2 && following >= 2) {
                return 2;
            }
            // a lone lead that is a letter ("â" of "analysisâwhy"), not punctuation such as "·"
            if (needed >= 2 && (following == 1 || Character.isLetter(c)) || needed == 1 && following == 1) {
                strongest = 1;
            }
        }
        return strongest;
    }

    private static List<String> nonAsciiRuns(String line) {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            int end = i;
            while (end < line.length() && line.charAt(end) >= 0x80) {
                end++;
            }
            if (end > i) {
                runs.add(line.substring(i, end));
                i = end;
            }
        }
        return runs;
    }

    private static int lineEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** Each character the code page gives for a byte of 0x80 to 0xFF, and that byte; C1 controls stand for themselves. */
    private static Map<Character, Integer> bytesOf(String codePage) {
        Map<Character, Integer> bytes = new HashMap<>();
        for (int b = 0x80; b <= 0xFF; b++) {
            char c = new String(new byte[] {(byte) b}, Charset.forName(codePage)).charAt(0);
            if (c != '\uFFFD') {
                bytes.put(c, b);
            }
            if (b <= 0x9F) {
                bytes.putIfAbsent((char) b, b);
            }
        }
        return bytes;
    }
}
