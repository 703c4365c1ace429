package org.audioimport.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** WAV files written sample by sample, for tests that need audio of an exact content or length. */
public final class Wav {
    private Wav() {}

    /** A 16-bit mono 44.1 kHz WAV holding exactly these samples. */
    public static Path write(Path file, short[] samples) throws IOException {
        ByteBuffer wav = ByteBuffer.allocate(44 + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .putInt(36 + samples.length * 2)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII));
        wav.put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 1)
                .putInt(44_100)
                .putInt(88_200)
                .putShort((short) 2)
                .putShort((short) 16);
        wav.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples.length * 2);
        for (short sample : samples) {
            wav.putShort(sample);
        }
        return Files.write(file, wav.array());
    }
}
