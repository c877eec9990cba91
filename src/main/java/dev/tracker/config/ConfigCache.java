package dev.tracker.config;

import dev.tracker.files.TrailingChecksum;
import dev.tracker.roadmap.BuildStamp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last config read, kept in the cache folder with the very bytes it was read from: a run
 * whose config file holds those bytes takes the checked values from here, and never loads the
 * TOML reader (its start was most of what a config cost `status`, issue 14). Any other byte,
 * another file, another build or a damaged cache is a miss, and the file is read as always.
 * Only a config that read whole is kept; writing is best effort (temp file, then rename).
 */
final class ConfigCache {
    /** No cache: every run reads the file with the TOML reader. */
    static final ConfigCache NONE = new ConfigCache(null);

    private static final int MAGIC = 0x5452434e; // "TRCN"
    private static final int FORMAT = 1;

    private final Path folder;

    private ConfigCache(Path folder) {
        this.folder = folder;
    }

    /** A cache in {@code folder} (created when first written). */
    static ConfigCache in(Path folder) {
        return new ConfigCache(folder);
    }

    /** The config {@code file} gave when it held exactly {@code bytes}; null when none is kept. */
    Config read(Path file, byte[] bytes) {
        Path cached = fileFor(file);
        try {
            if (cached == null || Files.size(cached) > 2L * bytes.length + (1 << 16)) { // none: NoSuchFileException
                return null;
            }
            byte[] all = Files.readAllBytes(cached);
            if (!TrailingChecksum.holds(all)) {
                return null;
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, all.length - 4));
            if (in.readInt() != MAGIC
                    || in.readInt() != FORMAT || !in.readUTF().equals(BuildStamp.value()) || !in.readUTF().equals(file.toString())
                    || in.readInt() != bytes.length || !Arrays.equals(in.readNBytes(bytes.length), bytes)) {
                return null;
            }
            Map<ConfigKey, Object> values = new EnumMap<>(ConfigKey.class);
            Map<ConfigKey, Integer> lines = new EnumMap<>(ConfigKey.class);
            for (int n = in.readInt(); n > 0; n--) {
                ConfigKey key = ConfigKey.named(in.readUTF()); // not valueOf: its first call reflects
                if (key == null) {
                    return null;
                }
                lines.put(key, in.readInt());
                values.put(key, readValue(in));
            }
            return new Config(file, values, lines);
        } catch (IOException | RuntimeException e) { // damaged or foreign: read the file
            return null;
        }
    }

    /** Keeps {@code config}, read from {@code file} holding {@code bytes}; a failure only costs speed. */
    void write(Path file, byte[] bytes, Config config) {
        Path cached = fileFor(file);
        if (cached == null) {
            return;
        }
        Path temp = cached.resolveSibling(cached.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length + 512);
            DataOutputStream out = new DataOutputStream(buffer);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(BuildStamp.value());
            out.writeUTF(file.toString());
            out.writeInt(bytes.length);
            out.write(bytes);
            out.writeInt(config.values().size());
            for (Map.Entry<ConfigKey, Object> entry : config.values().entrySet()) {
                out.writeUTF(entry.getKey().key());
                out.writeInt(config.lines().getOrDefault(entry.getKey(), 0));
                writeValue(out, entry.getValue());
            }
            byte[] payload = buffer.toByteArray();
            out.writeInt(TrailingChecksum.of(payload, payload.length));
            Files.createDirectories(folder);
            try (var channel = Files.newByteChannel(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
                ByteBuffer whole = ByteBuffer.wrap(buffer.toByteArray()); // a copy of your config, for you alone
                while (whole.hasRemaining()) {
                    channel.write(whole);
                }
            }
            Files.move(temp, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) { // UnsupportedOperationException: no POSIX modes here
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException ignored) {
                // the next run tries again under another name
            }
        }
    }

    /** One file per config path; the name's hash only spreads paths, the header says which it is. */
    Path fileFor(Path file) {
        return folder == null ? null : folder.resolve("config-" + Integer.toHexString(file.toString().hashCode()) + ".cache");
    }

    /** A checked value (see {@link ConfigKey#check}): a tag, then the value. */
    private static void writeValue(DataOutputStream out, Object value) throws IOException {
        if (value instanceof String) {
            out.writeByte('S');
            out.writeUTF((String) value);
        } else if (value instanceof Boolean) {
            out.writeByte('B');
            out.writeBoolean((Boolean) value);
        } else if (value instanceof Integer) {
            out.writeByte('I');
            out.writeInt((Integer) value);
        } else if (value instanceof Double) {
            out.writeByte('D');
            out.writeDouble((Double) value);
        } else if (value instanceof List) {
            out.writeByte('L');
            out.writeInt(((List<?>) value).size());
            for (Object item : (List<?>) value) {
                out.writeUTF((String) item);
            }
        } else {
            throw new IllegalArgumentException("no cache form for " + value.getClass());
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        switch (in.readByte()) {
            case 'S': return in.readUTF();
            case 'B': return in.readBoolean();
            case 'I': return in.readInt();
            case 'D': return in.readDouble();
            case 'L':
                List<String> items = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    items.add(in.readUTF());
                }
                return List.copyOf(items);
            default: throw new IOException("unknown value tag");
        }
    }
}
