package org.audioimport.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Main in a child JVM as a user who cannot write where this one can. The tests run as root, whom no
 * permission stops, so as root the child drops to {@code nobody} through setpriv, its classpath copied
 * where that user may read it; as anyone else, folders made read-only by chmod stop the child as they are.
 */
final class OtherUser {
    private static final String NOBODY = "65534";

    private final Path home;
    private final String classPath;

    private OtherUser(Path home, String classPath) {
        this.home = home;
        this.classPath = classPath;
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** A user whose home and classpath live under {@code dir}, which everyone may enter and read. */
    static OtherUser in(Path dir) throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        openToEveryone(dir);
        openToEveryone(home);
        if (!isRoot()) {
            return new OtherUser(home, System.getProperty("java.class.path"));
        }
        Path libraries = Files.createDirectories(dir.resolve("classpath"));
        openToEveryone(libraries);
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator, -1)) {
            Path source = Path.of(entry);
            if (Files.isRegularFile(source)) {
                Path copy = libraries.resolve(n++ + "-" + source.getFileName());
                Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
                entries.add(copy.toString());
            } else {
                entries.add(entry);
            }
        }
        return new OtherUser(home, String.join(java.io.File.pathSeparator, entries));
    }

    static void openToEveryone(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs {@code audio-import ARGS...} as that user and waits for it. */
    Cli run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        command.addAll(List.of(
                "env",
                "HOME=" + home,
                "XDG_CONFIG_HOME=" + home.resolve(".config"),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                classPath,
                Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("audio-import-out", ".txt");
        Path err = Files.createTempFile("audio-import-err", ".txt");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("audio-import " + String.join(" ", args) + " did not finish");
            }
            return new Cli(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }
}
