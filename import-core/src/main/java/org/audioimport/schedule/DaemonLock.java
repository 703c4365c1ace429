package org.audioimport.schedule;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One daemon per catalogue: an OS file lock on {@code CATALOGUE.daemon.lock}, which also records the
 * holder's pid. The operating system releases the lock when its process dies, however it dies, so a
 * lock file left by a killed daemon is simply taken over.
 */
public final class DaemonLock implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DaemonLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFileFor(Path catalogue) {
        return catalogue.resolveSibling(catalogue.getFileName() + ".daemon.lock");
    }

    /** Takes the lock, or says which process holds it. */
    public static DaemonLock acquire(Path catalogue) throws IOException, AlreadyRunningException {
        Path file = lockFileFor(catalogue.toAbsolutePath());
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip();
            channel.close();
            throw new AlreadyRunningException(catalogue, holder);
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        return new DaemonLock(file, channel, lock);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            lock.release();
        }
    }

    /** Another live process holds the catalogue's daemon lock. */
    public static final class AlreadyRunningException extends Exception {
        private static final long serialVersionUID = 1L;

        AlreadyRunningException(Path catalogue, String pid) {
            super("a daemon already runs on " + catalogue + (pid.isEmpty() ? "" : " (pid " + pid + ")"));
        }
    }
}
