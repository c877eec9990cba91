package dev.tracker.shell;

import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/** The keys the picker understands, as the byte sequences terminals send for them. */
final class PickerKeys {
    enum Key { UP, DOWN, PAGE_UP, PAGE_DOWN, TYPE, ERASE, CLEAR, CHOOSE, CANCEL, IGNORE }

    /** How long a lone Esc waits for the rest of an arrow key's sequence before it cancels. */
    private static final long ESC_TIMEOUT_MILLIS = 100;

    private PickerKeys() {
    }

    static KeyMap<Key> map(Terminal terminal) {
        KeyMap<Key> keys = new KeyMap<>();
        keys.setNomatch(Key.IGNORE);
        keys.setUnicode(Key.TYPE);
        keys.bind(Key.TYPE, KeyMap.range(" -~"));
        // arrows come as ESC [ A, or ESC O A in the keypad mode some terminals start in
        bind(keys, terminal, Key.UP, Capability.key_up, "\033[A", "\033OA", KeyMap.ctrl('P'));
        bind(keys, terminal, Key.DOWN, Capability.key_down, "\033[B", "\033OB", KeyMap.ctrl('N'));
        bind(keys, terminal, Key.PAGE_UP, Capability.key_ppage, "\033[5~");
        bind(keys, terminal, Key.PAGE_DOWN, Capability.key_npage, "\033[6~");
        keys.bind(Key.CHOOSE, "\r", "\n");
        keys.bind(Key.CANCEL, KeyMap.esc(), KeyMap.ctrl('C'), KeyMap.ctrl('G'), KeyMap.ctrl('D'));
        keys.bind(Key.ERASE, KeyMap.del(), KeyMap.ctrl('H'));
        keys.bind(Key.CLEAR, KeyMap.ctrl('U'));
        keys.setAmbiguousTimeout(ESC_TIMEOUT_MILLIS);
        return keys;
    }

    private static void bind(KeyMap<Key> keys, Terminal terminal, Key key, Capability capability, String... sequences) {
        keys.bind(key, sequences);
        String fromTerminfo = KeyMap.key(terminal, capability);
        if (fromTerminfo != null && !fromTerminfo.isEmpty()) {
            keys.bind(key, fromTerminfo);
        }
    }
}
