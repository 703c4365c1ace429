package org.audioimport.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link PlayerReader} in a child JVM (this JVM's java, class path and native-access option) on a
 * catalogue, waits until it is ready, and stops it, reading back what it measured.
 */
final class ReaderProcess implements AutoCloseable {
    private static final long STOP_WAIT_SECONDS = 30;

    private final Process process;
    private final BufferedReader output;

    private ReaderProcess(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts the reader on {@code catalogue} and returns once its connection is open. */
    static ReaderProcess start(Path catalogue, long pauseMs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("--enable-native-access")) {
                command.add(option);
            }
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                PlayerReader.class.getName(),
                catalogue.toString(),
                Long.toString(pauseMs)));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        ReaderProcess reader = new ReaderProcess(process);
        String first = reader.output.readLine();
        if (!PlayerReader.READY.equals(first)) {
            reader.close();
            throw new IOException("the reader process did not start (it said: " + first + ")");
        }
        return reader;
    }

    /** Tells the reader to stop and returns what it measured. */
    PlayerLatency stop() throws IOException, InterruptedException {
        process.getOutputStream().close();
        String report = output.readLine();
        if (!process.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS) || report == null) {
            throw new IOException("the reader process did not report (exit "
                    + (process.isAlive() ? "none yet" : process.exitValue()) + ")");
        }
        return PlayerLatency.parse(report);
    }

    @Override
    public void close() {
        process.destroy();
    }
}
