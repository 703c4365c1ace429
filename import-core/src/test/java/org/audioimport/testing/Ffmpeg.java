package org.audioimport.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's ffmpeg command, for tests that make their audio at run time. */
public final class Ffmpeg {
    private Ffmpeg() {}

    /** Runs {@code ffmpeg -nostdin -v error -y} with {@code arguments}; fails with its output if it fails. */
    public static void run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(command + " failed: " + new String(output, StandardCharsets.UTF_8));
        }
    }
}
