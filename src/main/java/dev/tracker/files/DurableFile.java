package dev.tracker.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;

/**
 * A file replaced so that a reader sees the old bytes or the new, never a mix, and a power cut
 * loses neither: the new bytes go to a temp file in the target's folder, forced to disk with
 * their permissions (and owner), then the temp file is renamed over the target atomically and
 * the folder forced. A temp file whose write fails is deleted. Each caller keeps its own
 * policies (which permissions, whose file, what is renamed first) in the steps it passes.
 */
public final class DurableFile {
    private DurableFile() {
    }

    /** What a temp file is filled with, written as it is made (a file of many megabytes is never held whole). */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What is done to a temp file once written, before it is forced: its permissions, its owner. */
    public interface Finish {
        Finish NONE = temp -> { };

        void applyTo(Path temp) throws IOException;
    }

    /** The content {@code bytes}. */
    public static Content bytes(byte[] bytes) {
        return out -> out.write(bytes);
    }

    /** Writes {@code content} to {@code target} as the class says: temp file, forced, renamed, folder forced. */
    public static void replace(Path target, String tempPrefix, Content content, Finish finish) throws IOException {
        Path temp = temp(target.toAbsolutePath().getParent(), tempPrefix, content, finish);
        try {
            moveInto(temp, target);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * A new temp file {@code PREFIX<random>.tmp} in {@code folder} (made with {@code attributes}),
     * filled by {@code content}, finished by {@code finish}, forced to disk; deleted if any of it fails.
     */
    public static Path temp(Path folder, String prefix, Content content, Finish finish, FileAttribute<?>... attributes)
            throws IOException {
        Path temp = Files.createTempFile(folder, prefix, ".tmp", attributes);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
             OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
            content.writeTo(out);
            out.flush();
            finish.applyTo(temp);
            // a full disk may only show here, on file systems that allocate late
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        return temp;
    }

    /** Writes all of {@code bytes} to {@code channel} and forces them to disk. */
    public static void writeForced(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(true);
    }

    /** Renames {@code temp} over {@code target} atomically, then forces the folder so that the rename is durable. */
    public static void moveInto(Path temp, Path target) throws IOException {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        // a link renamed over another link of the same file is a rename that does nothing: the name stays
        Files.deleteIfExists(temp);
        forceFolder(target.toAbsolutePath().getParent());
    }

    /** Makes a rename durable; not every platform lets a folder be opened, which is fine. */
    public static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // the rename has happened; only its durability across a power cut is weaker here
        }
    }

    /** Deletes {@code temp} if it is there (null: nothing); a stray temp file is never read. */
    public static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // harmless where it is: no reader takes a temp file's name
            }
        }
    }
}
