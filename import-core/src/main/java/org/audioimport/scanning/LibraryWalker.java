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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks music folders and lists the files worth examining. Symbolic links are followed, but each real
 * folder is entered once, so neither a link loop nor two links to one folder make a file appear twice.
 * A file without an audio extension is kept only when its content says it is audio, so cover art and
 * cue sheets stay out of the run; a file with an audio extension is always kept, so that a bad one is
 * reported rather than silently skipped.
 */
public final class LibraryWalker {
    private static final Logger LOG = LoggerFactory.getLogger(LibraryWalker.class);

    /** Lists the candidates under the roots, in walk order. A root that is a file is taken as it is. */
    public List<WalkEntry> walk(List<Path> roots) throws IOException {
        List<WalkEntry> entries = new ArrayList<>();
        Set<Object> visitedFolders = new HashSet<>();
        for (Path root : roots) {
            Path start = root.toAbsolutePath().normalize();
            if (!Files.exists(start)) {
                throw new NoSuchFileException(start.toString(), null, "no such file or folder");
            }
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new Visitor(entries, visitedFolders));
        }
        return entries;
    }

    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final List<WalkEntry> entries;
        private final Set<Object> visitedFolders;

        Visitor(List<WalkEntry> entries, Set<Object> visitedFolders) {
            this.entries = entries;
            this.visitedFolders = visitedFolders;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            Object key = attrs.fileKey() != null ? attrs.fileKey() : dir;
            if (!visitedFolders.add(key)) {
                LOG.debug("{}: already walked through another link, skipped", dir);
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isSymbolicLink()) {
                // With FOLLOW_LINKS, a link's own attributes come back only when its target is gone.
                if (AudioExtensions.claimsAudio(file)) {
                    entries.add(new WalkEntry.Unreachable(file, "broken symbolic link (its target does not exist)"));
                }
            } else if (attrs.isRegularFile() && (AudioExtensions.claimsAudio(file) || contentIsAudio(file))) {
                entries.add(new WalkEntry.Candidate(
                        new FoundFile(file, attrs.size(), attrs.lastModifiedTime().toMillis())));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                LOG.debug("{}: symbolic link loop, not followed again", file);
            } else if (AudioExtensions.claimsAudio(file)) {
                entries.add(new WalkEntry.Unreachable(file, describe(e)));
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
