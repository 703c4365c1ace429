package org.audioimport.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Real mounts for the tests of a full or read-only disk, undone after each test: register one with {@code
 * @RegisterExtension}. Mounting needs root: where it is refused, the test is skipped (an assumption), never
 * passed.
 */
public final class Mounts implements AfterEachCallback {
    private final List<Path> mounted = new ArrayList<>();

    /** Mounts a tmpfs of {@code size} (mount's syntax, e.g. "1m") at {@code mountPoint}, made if needed. */
    public Path tmpfs(Path mountPoint, String size) throws IOException, InterruptedException {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        Files.createDirectories(mountPoint);
        String refused = command("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString());
        assumeTrue(refused.isEmpty(), "cannot mount a tmpfs here: " + refused);
        mounted.add(mountPoint);
        return mountPoint;
    }

    /** Gives a mounted tmpfs a new size, as a user freeing space would; the failure's text, or "". */
    public static String resize(Path mountPoint, String size) throws IOException, InterruptedException {
        return command("mount", "-o", "remount,size=" + size, mountPoint.toString());
    }

    /** Mounts {@code folder} over itself, read-only. */
    public void readOnly(Path folder) throws IOException, InterruptedException {
        assumeTrue("root".equals(System.getProperty("user.name")), "a bind mount needs root");
        String refused = command("mount", "--bind", folder.toString(), folder.toString());
        assumeTrue(refused.isEmpty(), "cannot bind-mount here: " + refused);
        mounted.add(folder);
        String remount = command("mount", "-o", "remount,ro,bind", folder.toString());
        if (!remount.isEmpty()) {
            throw new IllegalStateException(remount);
        }
    }

    /** Mounts {@code folder} at {@code mountPoint}, as a disk holding it would be. */
    public void bind(Path folder, Path mountPoint) throws IOException, InterruptedException {
        assumeTrue("root".equals(System.getProperty("user.name")), "a bind mount needs root");
        String refused = command("mount", "--bind", folder.toString(), mountPoint.toString());
        assumeTrue(refused.isEmpty(), "cannot bind-mount here: " + refused);
        mounted.add(mountPoint);
    }

    /** Unmounts what {@link #bind} mounted there: the mount point is an empty folder again. */
    public void unmount(Path mountPoint) throws IOException, InterruptedException {
        String refused = command("umount", mountPoint.toString());
        if (!refused.isEmpty()) {
            throw new IllegalStateException(refused);
        }
        mounted.remove(mountPoint);
    }

    /** Unmounts what the test mounted, the last first, lazily: a file a failed test left open keeps no mount. */
    @Override
    public void afterEach(ExtensionContext context) throws IOException, InterruptedException {
        for (Path mountPoint : mounted.reversed()) {
            command("umount", "-l", mountPoint.toString());
        }
        mounted.clear();
    }

    /** Runs a command; returns its output when it fails, else an empty string. */
    private static String command(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return String.join(" ", command) + " did not finish";
        }
        return process.exitValue() == 0 ? "" : String.join(" ", command) + ": " + output;
    }
}
