package org.audioimport.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The awkward files of test-data/make-robustness-fixtures.sh (a 12 MB cover, special files named like audio,
 * a Latin-1 file name, lying and truncated headers), made at test time because some are too big to commit.
 */
public final class RobustnessFixtures {
    private RobustnessFixtures() {}

    /** Runs the script into {@code target} and returns it. */
    public static Path makeIn(Path target) throws IOException, InterruptedException {
        Path script = SampleLibrary.testData().resolve("make-robustness-fixtures.sh");
        Process process = new ProcessBuilder("bash", script.toString(), target.toString())
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(script + " failed: " + new String(output, StandardCharsets.UTF_8));
        }
        return target;
    }

    /** oggdec's 16-bit stereo decode of the repeated-headers Ogg Vorbis, made by the script into {@code fixtures}. */
    public static Path oggdecOutput(Path fixtures) {
        return fixtures.resolve("reference/repeated-headers.wav");
    }

    /** Frames in oggdec's 16-bit stereo output, from its data chunk's size. */
    public static long oggdecFrames(Path fixtures) throws IOException {
        byte[] wav = Files.readAllBytes(oggdecOutput(fixtures));
        for (int at = 12; at + 8 <= wav.length; ) {
            long size = ByteBuffer.wrap(wav, at + 4, 4)
                            .order(ByteOrder.LITTLE_ENDIAN)
                            .getInt()
                    & 0xffffffffL;
            if (new String(wav, at, 4, StandardCharsets.US_ASCII).equals("data")) {
                return size / (2 * 2);
            }
            at += 8 + (int) size;
        }
        throw new AssertionError("no data chunk in oggdec's output");
    }
}
