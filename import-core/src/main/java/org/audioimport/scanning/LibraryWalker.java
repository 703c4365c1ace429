package org.audioimport.scanning;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks music folders and lists the files worth examining. Symbolic links are followed, but each real
 * folder is entered once, so neither a link loop nor two links to one folder make a file appear twice; nor
 * does a file named as a root that a folder root holds too.
 * A file without an audio extension is kept only when its content says it is audio, so cover art and
 * cue sheets stay out of the run; a file with an audio extension is always kept, so that a bad one is
 * reported rather than silently skipped. Files and folders named by {@link IgnoreRules} are left out, by
 * the same rules whether the walk starts at a library folder or below it.
 */
public final class LibraryWalker {
    /** Why an empty folder where a disk should be mounted is not walked. */
    static final String NO_DISK = "folder is empty: the disk fstab mounts there is not mounted";

    private static final Logger LOG = LoggerFactory.getLogger(LibraryWalker.class);

    private final WalkSettings settings;
    private final LinkRedirect redirect;
    private final WalkStart walkStart;

    public LibraryWalker(WalkSettings settings) {
        this(settings, LinkRedirect.NONE);
    }

    /** A walker that leaves a linked folder to be scanned elsewhere when {@code redirect} names a place. */
    public LibraryWalker(WalkSettings settings, LinkRedirect redirect) {
        this.settings = settings;
        this.redirect = redirect;
        this.walkStart = new WalkStart(settings);
    }

    /**
     * Lists the candidates under the roots, in walk order, leaving out what the ignore patterns name.
     * A root that is a file is taken as it is.
     */
    public List<WalkEntry> walk(List<Path> roots) throws IOException {
        List<WalkEntry> entries = new ArrayList<>();
        for (SkippedFolder skipped : walk(roots, entries::add)) {
            if (!skipped.empty()) {
                throw new IOException(skipped.folder() + ": " + skipped.reason());
            }
        }
        return entries;
    }

    /**
     * Hands each candidate under the roots to {@code found} as the walk meets it, in walk order, so that a
     * caller need not hold the whole list: a library of a million files is then never a million entries at
     * once. What the ignore patterns name is left out; a root that is a file is taken as it is. A root
     * that is not there, cannot be read, or is an empty library folder (unless the settings accept empty
     * ones) is not walked, and is returned instead, as is any folder below a root that cannot be read, or
     * that is empty where the mount tables say a disk should be mounted and none is (a NAS switched off).
     */
    public List<SkippedFolder> walk(List<Path> roots, Consumer<WalkEntry> found) throws IOException {
        Set<Object> visitedFolders = new HashSet<>();
        Set<FileVisitOption> options = settings.followSymlinks()
                ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
                : EnumSet.noneOf(FileVisitOption.class);
        List<Path> starts = roots.stream()
                .map(root -> root.toAbsolutePath().normalize())
                .distinct()
                .toList();
        // A file named as a root is listed as that root only, not again where a folder root's walk meets it.
        Set<Path> fileRoots = new HashSet<>();
        for (Path start : starts) {
            if (!Files.isDirectory(start)) {
                fileRoots.add(start);
            }
        }
        List<SkippedFolder> skipped = new ArrayList<>();
        Set<Path> awaitingTheirDisk =
                settings.acceptEmptyRoots() ? Set.of() : settings.mounts().awaitingTheirDisk();
        for (Path start : starts) {
            Optional<SkippedFolder> unavailable = walkStart.unavailable(start);
            if (unavailable.isPresent()) {
                LOG.debug("{}: not walked, {}", start, unavailable.get().reason());
                skipped.add(unavailable.get());
                continue;
            }
            if (!Files.exists(start)) {
                LOG.info("{}: no longer there; what the catalogue holds under it is gone", start);
                continue;
            }
            Optional<IgnoreRules> reaching = walkStart.rulesReaching(start);
            if (reaching.isEmpty() || reaching.get().ignores(start, Files.isDirectory(start))) {
                LOG.info("{}: left out by the ignore rules of the library", start);
                continue;
            }
            Files.walkFileTree(
                    start,
                    options,
                    Integer.MAX_VALUE,
                    new Visitor(found, visitedFolders, fileRoots, start, reaching.get(), skipped, awaitingTheirDisk));
        }
        return skipped;
    }

    private final class Visitor extends SimpleFileVisitor<Path> {
        private final Consumer<WalkEntry> found;
        private final Set<Object> visitedFolders;
        private final Set<Path> fileRoots;
        private final Path start;
        private final Deque<IgnoreRules> rules = new ArrayDeque<>();
        /** For each folder being walked, how many entries the walk met in it so far. */
        private final Deque<int[]> entries = new ArrayDeque<>();

        private final List<SkippedFolder> unreadable;
        private final Set<Path> awaitingTheirDisk;

        Visitor(
                Consumer<WalkEntry> found,
                Set<Object> visitedFolders,
                Set<Path> fileRoots,
                Path start,
                IgnoreRules configured,
                List<SkippedFolder> unreadable,
                Set<Path> awaitingTheirDisk) {
            this.found = found;
            this.visitedFolders = visitedFolders;
            this.fileRoots = fileRoots;
            this.start = start;
            this.unreadable = unreadable;
            this.awaitingTheirDisk = awaitingTheirDisk;
            rules.push(configured);
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            countEntry();
            Object key = attrs.fileKey() != null ? attrs.fileKey() : dir;
            if (rules.peek().ignores(dir, true)) {
                LOG.debug("{}: ignored", dir);
                return FileVisitResult.SKIP_SUBTREE;
            }
            // Before the folder counts as walked: a root of the same scan may still reach it by its own name.
            if (isScannedElsewhere(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (!visitedFolders.add(key)) {
                LOG.debug("{}: already walked through another link, skipped", dir);
                return FileVisitResult.SKIP_SUBTREE;
            }
            rules.push(rules.peek().withFileIn(dir));
            entries.push(new int[1]);
            return FileVisitResult.CONTINUE;
        }

        /** A followed link to a folder the catalogue holds under another name is not walked here. */
        private boolean isScannedElsewhere(Path dir) {
            if (redirect == LinkRedirect.NONE || dir.equals(start) || !Files.isSymbolicLink(dir)) {
                return false;
            }
            Optional<Path> elsewhere = redirect.elsewhere(dir);
            elsewhere.ifPresent(place -> LOG.info("{}: a link to {}, which is scanned under that name", dir, place));
            return elsewhere.isPresent();
        }

        /** An empty folder where a disk should be mounted and is not goes back to the plan as skipped. */
        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            rules.pop();
            if (entries.pop()[0] == 0 && MountPoints.isAwaitingItsDisk(dir, awaitingTheirDisk)) {
                LOG.debug("{}: not walked, {}", dir, NO_DISK);
                unreadable.add(new SkippedFolder(dir, NO_DISK, true));
            }
            return FileVisitResult.CONTINUE;
        }

        private void countEntry() {
            if (!entries.isEmpty()) {
                entries.peek()[0]++;
            }
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            countEntry();
            if (rules.peek().ignores(file, false) || isListedAsItsOwnRoot(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
                // Followed links show their own attributes only when their target is gone.
                if (settings.followSymlinks() && AudioExtensions.claimsAudio(file)) {
                    found.accept(new WalkEntry.Unreachable(file, "broken symbolic link (its target does not exist)"));
                }
            } else if (attrs.isRegularFile() && (AudioExtensions.claimsAudio(file) || contentIsAudio(file))) {
                found.accept(new WalkEntry.Candidate(new FoundFile(
                        file, attrs.size(), attrs.lastModifiedTime().toMillis())));
            } else if (attrs.isOther() && AudioExtensions.claimsAudio(file)) {
                // Never opened: reading a named pipe blocks until someone writes to it, a device may never end.
                found.accept(new WalkEntry.Unreachable(file, "not a regular file (" + SpecialFiles.kind(file) + ")"));
            }
            return FileVisitResult.CONTINUE;
        }

        /** A file root met again by a folder root's walk: it is listed by its own. */
        private boolean isListedAsItsOwnRoot(Path file) {
            return !fileRoots.isEmpty() && fileRoots.contains(file) && !file.equals(start);
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            countEntry();
            if (e instanceof FileSystemLoopException) {
                LOG.debug("{}: symbolic link loop, not followed again", file);
            } else if (AudioExtensions.claimsAudio(file)) {
                found.accept(new WalkEntry.Unreachable(file, describe(e)));
            } else if (Files.isDirectory(file)) {
                // Not a folder of gone files: a read that failed (rights, a network share) says nothing of them.
                LOG.warn("{}: not walked, {}", file, describe(e));
                unreadable.add(new SkippedFolder(file, describe(e), false));
            } else {
                LOG.warn("{}: skipped, {}", file, describe(e));
            }
            return FileVisitResult.CONTINUE;
        }

        private static boolean contentIsAudio(Path file) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                return AudioSignature.detect(channel).isPresent();
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** A reason a user understands, without Java's exception names. */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "file vanished during the scan";
        }
        String message = e.getMessage();
        return "cannot read: " + (message == null ? e.getClass().getSimpleName() : message);
    }
}
