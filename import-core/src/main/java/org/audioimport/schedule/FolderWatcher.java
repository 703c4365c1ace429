package org.audioimport.schedule;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.audioimport.scanning.IgnoreRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the library's folders (Java's WatchService: inotify on Linux) and, once changes have settled
 * for {@code settle}, hands over the folders that changed, each once, however many events they had. A
 * folder created later is watched too. Hidden and system files and folders, which the walk leaves out by
 * default ({@link IgnoreRules#BUILT_IN}), are neither watched nor handed over: a trash's change asks for no
 * scan of the trash. A folder among them that a pattern takes back is left to the schedule, as are mounts
 * that give no events (NFS, SMB).
 * It decides when a scan is due, never how: the callback asks the {@link ScanLoop} for it.
 */
public final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    /** Changes that never pause are handed over anyway after this many settle periods. */
    private static final int MAX_SETTLE_PERIODS = 12;

    private final List<Path> roots;
    private final Duration settle;
    private final Consumer<List<Path>> onSettled;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final ChangedFolders changed;
    private final Thread thread;
    private boolean warnedOfLimit;

    private FolderWatcher(List<Path> roots, Duration settle, Consumer<List<Path>> onSettled) throws IOException {
        this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
        this.settle = settle;
        this.onSettled = onSettled;
        this.changed = new ChangedFolders(this.roots);
        this.service = FileSystems.getDefault().newWatchService();
        this.thread = new Thread(this::watch, "folder-watcher");
        thread.setDaemon(true);
    }

    /** Starts watching every folder under {@code roots}; {@code onSettled} runs on the watcher's own thread. */
    public static FolderWatcher start(List<Path> roots, Duration settle, Consumer<List<Path>> onSettled)
            throws IOException {
        FolderWatcher watcher = new FolderWatcher(roots, settle, onSettled);
        for (Path root : watcher.roots) {
            watcher.registerTree(root);
        }
        LOG.info(
                "watching {} folders under {}; changes settle for {} s",
                watcher.folders.size(),
                watcher.roots,
                settle.toMillis() / 1000.0);
        watcher.thread.start();
        return watcher;
    }

    private void watch() {
        long settleMs = Math.max(1, settle.toMillis());
        long firstChangeAt = 0;
        try {
            while (true) {
                WatchKey key = service.poll(settleMs, TimeUnit.MILLISECONDS);
                long now = System.nanoTime();
                if (key != null) {
                    firstChangeAt = changed.isEmpty() ? now : firstChangeAt;
                    take(key);
                }
                boolean quiet = key == null;
                boolean overdue = !changed.isEmpty()
                        && now - firstChangeAt > TimeUnit.MILLISECONDS.toNanos(settleMs * MAX_SETTLE_PERIODS);
                if ((quiet || overdue) && !changed.isEmpty()) {
                    List<Path> due = changed.drain();
                    LOG.info("folders changed: {}", due);
                    onSettled.accept(due);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            LOG.debug("folder watcher stopped");
        }
    }

    /** Records the events of one folder, and watches the folders created in it. */
    private void take(WatchKey key) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                changed.addAll();
                continue;
            }
            if (event.kind() == OVERFLOW) {
                // This folder lost events (more than the JDK queues per folder, or the kernel's queue
                // overflowed, which marks every folder): rescan it, and watch any folder it gained unseen.
                registerTree(folder);
                changed.add(folder);
                continue;
            }
            Path child = folder.resolve((Path) event.context());
            boolean isFolder = Files.isDirectory(child);
            if (IgnoreRules.leftOutByDefault(child, isFolder)) {
                // A Mac's ._ file, a trash or thumbnail folder: no scan would take it, so none is asked for.
                continue;
            }
            if (event.kind() == ENTRY_CREATE && isFolder) {
                // A new folder is scanned on its own: its parent only gained it.
                registerTree(child);
                changed.add(child);
            } else {
                changed.add(folder);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void registerTree(Path top) {
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    if (!dir.equals(top) && IgnoreRules.leftOutByDefault(dir, true)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            if (!warnedOfLimit) {
                warnedOfLimit = true;
                LOG.warn(
                        "{}: cannot watch every folder ({}); the schedule still scans what is not watched",
                        top,
                        e.getMessage());
            }
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
