package dev.tracker.shell;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.Printable;
import dev.tracker.render.Text;
import java.util.ArrayList;
import java.util.List;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * The picker on a JLine terminal: the question, a line for narrowing words, and a window of
 * candidates. Arrows (or Ctrl-P/Ctrl-N) move, typing narrows, Enter chooses, Esc or Ctrl-C
 * cancels. It draws below the cursor and erases itself when done, so the command's own output
 * follows as it would have.
 */
public final class TerminalPicker implements Picker {
    static final String CANCELLED = "nothing chosen; nothing was changed";
    private static final int MAX_ROWS = 10;
    private static final String HINT = "  (arrows move, typing narrows, Enter chooses, Esc cancels)";

    private final Terminal terminal;

    public TerminalPicker(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public int choose(String question, List<Choice> choices, TrackerException refusal) {
        Size size = terminal.getSize();
        int columns = size.getColumns() > 0 ? size.getColumns() : 80;
        int height = size.getRows() > 0 ? size.getRows() : 24;
        PickerList list = new PickerList(choices, Math.max(1, Math.min(MAX_ROWS, height - 3)));
        KeyMap<PickerKeys.Key> keys = PickerKeys.map(terminal);
        BindingReader reader = new BindingReader(terminal.reader());
        Display display = new Display(terminal, false);
        display.resize(height, columns);
        Attributes saved = terminal.enterRawMode();
        // Ctrl-C must reach the picker as a key (cancel), not end the process as a signal
        Attributes raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
        try {
            while (true) {
                draw(display, question, list, columns);
                PickerKeys.Key key = reader.readBinding(keys);
                switch (key == null ? PickerKeys.Key.CANCEL : key) {
                    case UP -> list.move(-1);
                    case DOWN -> list.move(1);
                    case PAGE_UP -> list.move(-list.pageSize());
                    case PAGE_DOWN -> list.move(list.pageSize());
                    case TYPE -> list.type(reader.getLastBinding());
                    case ERASE -> list.erase();
                    case CLEAR -> list.clearFilter();
                    case CHOOSE -> {
                        if (list.chosen() >= 0) {
                            display.update(List.of(), 0);
                            return list.chosen();
                        }
                        terminal.puts(Capability.bell);
                    }
                    case CANCEL -> {
                        display.update(List.of(), 0);
                        throw new TrackerException(ExitCode.USAGE, CANCELLED);
                    }
                    default -> {
                    }
                }
            }
        } finally {
            terminal.setAttributes(saved);
            terminal.flush();
        }
    }

    private static void draw(Display display, String question, PickerList list, int columns) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(new AttributedString(Text.cut(Printable.of(question) + HINT, columns - 1), AttributedStyle.BOLD));
        String prompt = "narrow: " + Printable.of(list.filter());
        lines.add(new AttributedString(prompt));
        for (PickerList.Row row : list.window()) {
            // ids and titles come from files: never drawn raw (see Printable)
            String text = Text.cut(Printable.of((row.selected() ? "> " : "  ") + row.choice().id() + "  "
                    + row.choice().title()), columns - 1);
            lines.add(new AttributedString(text, row.selected() ? AttributedStyle.INVERSE : AttributedStyle.DEFAULT));
        }
        String count = list.shownCount() == 0 ? "  no candidate has those words; Backspace widens"
                : "  " + list.shownCount() + " of " + list.total();
        lines.add(new AttributedString(count, AttributedStyle.DEFAULT.faint()));
        // the cursor waits at the end of the narrowing words, as in a line editor
        int cursor = Math.min(columns - 1, new AttributedString(prompt).columnLength());
        display.update(lines, new Size(columns, lines.size()).cursorPos(1, cursor));
    }
}
