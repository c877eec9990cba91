package dev.tracker.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

class TrailingChecksumTest {
    private static byte[] sealed(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return ByteBuffer.allocate(payload.length + 4).put(payload).putInt((int) crc.getValue()).array();
    }

    @Test
    void bytesEndingInTheChecksumOfTheRestHoldAndAnyChangedByteDoesNot() {
        byte[] file = sealed("roadmaps cache payload".getBytes());
        assertThat(TrailingChecksum.holds(file)).isTrue();
        assertThat(TrailingChecksum.of(file, file.length - 4)).isEqualTo(ByteBuffer.wrap(file, file.length - 4, 4).getInt());
        for (int i = 0; i < file.length; i++) {
            byte[] damaged = file.clone();
            damaged[i] ^= 0x10;
            assertThat(TrailingChecksum.holds(damaged)).as("byte %d changed", i).isFalse();
        }
        byte[] torn = java.util.Arrays.copyOf(file, file.length - 1);
        assertThat(TrailingChecksum.holds(torn)).isFalse();
        assertThat(TrailingChecksum.holds(sealed(new byte[3]))).as("under eight bytes").isFalse();
        assertThat(TrailingChecksum.holds(sealed(new byte[4]))).isTrue();
    }
}
