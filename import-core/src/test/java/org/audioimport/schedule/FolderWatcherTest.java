package org.audioimport.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder watcher on the real file system (inotify on Linux). */
class FolderWatcherTest {
    @TempDir
    Path library;

    private final BlockingQueue<List<Path>> handedOver = new LinkedBlockingQueue<>();

    @Test
    void aBurstOfTenThousandNewFilesIsHandedOverAFewTimesNotTenThousand() throws Exception {
        Path incoming = Files.createDirectories(library.resolve("incoming"));
        FolderWatcher watcher = FolderWatcher.start(List.of(library), Duration.ofSeconds(1), handedOver::add);
        try {
            for (int i = 0; i < 10_000; i++) {
                Files.writeString(incoming.resolve("file-" + i + ".flac"), "x");
            }
            List<Path> first = handedOver.poll(60, TimeUnit.SECONDS);
            Thread.sleep(3_000);

            assertEquals(List.of(incoming), first);
            assertTrue(handedOver.size() <= 2, "hand-overs after the first: " + handedOver.size());
        } finally {
            watcher.close();
        }
    }

    @Test
    void aFolderThatOverflowsItsEventQueueIsHandedOverItselfNotTheWholeLibrary() throws Exception {
        Path incoming = Files.createDirectories(library.resolve("incoming"));
        Files.createDirectories(library.resolve("untouched"));
        CountDownLatch firstHandOverHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FolderWatcher watcher = FolderWatcher.start(List.of(library), Duration.ofMillis(200), folders -> {
            handedOver.add(folders);
            firstHandOverHeld.countDown();
            awaitQuietly(release);
        });
        try {
            Files.writeString(incoming.resolve("first.flac"), "x");
            assertTrue(firstHandOverHeld.await(30, TimeUnit.SECONDS), "the first file is handed over");
            // The watcher's thread is held in the callback, so these events pile up on incoming's key far
            // beyond the 512 the JDK keeps for one key: it reports OVERFLOW for that folder.
            for (int i = 0; i < 3_000; i++) {
                Files.writeString(incoming.resolve("file-" + i + ".flac"), "x");
            }
            release.countDown();

            assertEquals(List.of(incoming), handedOver.poll(30, TimeUnit.SECONDS));
            assertEquals(List.of(incoming), handedOver.poll(30, TimeUnit.SECONDS), "the lost events' folder only");
        } finally {
            release.countDown();
            watcher.close();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFolderCreatedAfterStartIsHandedOverItselfAndWatchedToo() throws Exception {
        FolderWatcher watcher = FolderWatcher.start(List.of(library), Duration.ofMillis(300), handedOver::add);
        try {
            Path album = Files.createDirectories(library.resolve("artist/album"));
            assertEquals(
                    List.of(library.resolve("artist")),
                    handedOver.poll(30, TimeUnit.SECONDS),
                    "the new folder, not its parent");

            Files.writeString(album.resolve("track.flac"), "x");

            assertEquals(List.of(album), handedOver.poll(30, TimeUnit.SECONDS), "the new folder is watched too");
        } finally {
            watcher.close();
        }
    }

    @Test
    void hiddenAndSystemFoldersAndFilesAskForNoScan() throws Exception {
        Path album = Files.createDirectories(library.resolve("album"));
        Path trash = Files.createDirectories(library.resolve(".Trashes"));
        FolderWatcher watcher = FolderWatcher.start(List.of(library), Duration.ofMillis(300), handedOver::add);
        try {
            Files.writeString(trash.resolve("old.flac"), "x");
            Files.writeString(
                    Files.createDirectories(library.resolve("@eaDir/album")).resolve("thumb.jpg"), "x");
            Files.writeString(album.resolve("._track.flac"), "x");
            Files.writeString(album.resolve("track.flac"), "x");

            assertEquals(List.of(album), handedOver.poll(30, TimeUnit.SECONDS), "the album only");
        } finally {
            watcher.close();
        }
    }

    @Test
    void aDeletedFolderIsHandedOverAsItsSurvivingParent() throws Exception {
        Path album = Files.createDirectories(library.resolve("album"));
        Path track = Files.writeString(album.resolve("track.flac"), "x");
        FolderWatcher watcher = FolderWatcher.start(List.of(library), Duration.ofMillis(300), handedOver::add);
        try {
            Files.delete(track);
            Files.delete(album);

            assertEquals(List.of(library), handedOver.poll(30, TimeUnit.SECONDS));
        } finally {
            watcher.close();
        }
    }
}
