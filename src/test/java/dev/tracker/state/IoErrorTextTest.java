package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/**
 * The words for I/O errors. The process-level tests meet the real ones (a full tmpfs, a
 * read-only one, an immutable folder); EACCES needs a user other than root, so it is here.
 */
class IoErrorTextTest {
    @Test
    void accessDeniedOnATempFileNamesItsFolder() {
        AccessDeniedException e = new AccessDeniedException("/home/u/.local/share/tracker/state.json.1234567.tmp");

        assertThat(IoErrorText.describe(e)).isEqualTo("permission denied on /home/u/.local/share/tracker");
        assertThat(IoErrorText.hint(e)).contains("make the folder writable");
    }

    @Test
    void accessDeniedOnTheLockFileNamesIt() {
        AccessDeniedException e = new AccessDeniedException("/data/state.json.lock");

        assertThat(IoErrorText.describe(e)).isEqualTo("permission denied on /data/state.json.lock");
    }

    @Test
    void operationNotPermittedIsPermissionDeniedToo() {
        FileSystemException e = new FileSystemException("/data/state.json.99.tmp", null, "Operation not permitted");

        assertThat(IoErrorText.describe(e)).isEqualTo("permission denied on /data");
    }

    @Test
    void aFullDiskSaysSoWhetherOrNotAFileIsNamed() {
        assertThat(IoErrorText.describe(new IOException("No space left on device"))).isEqualTo("no space left on device");
        assertThat(IoErrorText.describe(new FileSystemException("/data/state.json.5.tmp", null, "Disk quota exceeded")))
                .isEqualTo("no space left on device (writing in /data)");
        assertThat(IoErrorText.hint(new IOException("No space left on device"))).isEqualTo("; free some space and try again");
    }

    @Test
    void anyOtherErrorKeepsTheSystemsWords() {
        FileSystemException e = new FileSystemException("/data/state.json", null, "Input/output error");

        assertThat(IoErrorText.describe(e)).isEqualTo("/data/state.json: Input/output error");
        assertThat(IoErrorText.hint(e)).isEmpty();
    }
}
