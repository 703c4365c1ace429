package org.audioimport.scanning;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names each folder to scan as the catalogue already names it. A folder reached through a symbolic link
 * and the same folder by its own path are two paths to the catalogue: scanned once each way, every file
 * in it would be catalogued (and decoded) twice. So a folder with no file catalogued under it as written,
 * that is a folder scanned before (or inside one) once links are resolved, is scanned under the earlier
 * spelling: {@code ~/Music} linked to {@code /srv/music} after {@code /srv/music} was imported is scanned as
 * {@code /srv/music}, and its files keep their rows. The same holds for a link met inside a scanned folder
 * ({@link #linkTarget}).
 */
public final class RootSpelling {
    private static final Logger LOG = LoggerFactory.getLogger(RootSpelling.class);

    /** The folders scanned before, absolute and normalised. */
    private final List<Path> earlier;

    /** Whether the catalogue holds files under a folder as it is written. */
    private final Predicate<Path> heldAsWritten;

    /** The folders scanned before that resolve now, with their real paths; resolved when first needed. */
    private List<Resolved> resolved;

    private RootSpelling(List<Path> earlier, Predicate<Path> heldAsWritten) {
        this.earlier = earlier;
        this.heldAsWritten = heldAsWritten;
    }

    /**
     * The spellings of the folders in {@code scanned}: those that no longer resolve, or are relative, name
     * nothing. {@code heldAsWritten} tells whether the catalogue holds files under a folder to spell, as
     * written. For one scan, on one thread.
     */
    public static RootSpelling of(List<Path> scanned, Predicate<Path> heldAsWritten) {
        // A relative folder is relative to a working folder nobody knows now.
        return new RootSpelling(
                scanned.stream()
                        .filter(Path::isAbsolute)
                        .map(Path::normalize)
                        .distinct()
                        .toList(),
                heldAsWritten);
    }

    /** Each of {@code roots} under the catalogue's spelling ({@link #spellingOf}), saying so when it differs. */
    public List<Path> asCatalogued(List<Path> roots) {
        List<Path> spelled = new ArrayList<>();
        for (Path root : roots) {
            Path absolute = root.toAbsolutePath().normalize();
            Path named = spellingOf(absolute);
            if (!named.equals(absolute)) {
                LOG.info("{} is the folder the catalogue knows as {}: scanned under that name", absolute, named);
            }
            spelled.add(named);
        }
        return spelled;
    }

    /**
     * {@code folder} (absolute and normalised) as the catalogue spells it. With files catalogued under it as
     * written (a disk not mounted included), it keeps its spelling. Otherwise it takes the spelling of
     * the deepest folder scanned before that holds it once links are resolved; the folders up its path are
     * tried in turn, so a folder that is itself a link out of its library ({@code /srv/music/Jazz} to {@code
     * /disk2/jazz}), or that is not there, is spelled by its parent's place. A folder none of whose folders
     * is held keeps its spelling.
     */
    public Path spellingOf(Path folder) {
        if (earlier.isEmpty() || heldAsWritten.test(folder)) {
            return folder;
        }
        for (Path ancestor = folder; ancestor != null; ancestor = ancestor.getParent()) {
            Optional<Path> spelled = real(ancestor).flatMap(this::spell);
            if (spelled.isPresent()) {
                return spelled.get().resolve(ancestor.relativize(folder));
            }
        }
        return folder;
    }

    /**
     * Where the folder a symbolic link leads to stands under the deepest folder scanned before that holds
     * it, when the link itself is not inside that folder as written: {@code ~/Music/srv}, a link to {@code
     * /srv/music/Album} after {@code /srv/music} was imported, leads to {@code /srv/music/Album}. Empty when
     * no folder scanned before holds the target, or the link does not resolve.
     */
    public Optional<Path> linkTarget(Path link) {
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        return real(link)
                .flatMap(real -> deepestHolding(real)
                        .filter(holding -> !link.startsWith(holding.folder()))
                        .map(holding -> holding.spell(real)));
    }

    private Optional<Path> spell(Path real) {
        return deepestHolding(real).map(holding -> holding.spell(real));
    }

    private Optional<Resolved> deepestHolding(Path real) {
        if (resolved == null) {
            // A stat per folder scanned before: paid only by a scan that names a folder with nothing
            // catalogued under it or meets a link, not by the daemon's scans of its own folders.
            resolved = new ArrayList<>();
            for (Path folder : earlier) {
                real(folder).ifPresent(resolvedFolder -> resolved.add(new Resolved(folder, resolvedFolder)));
            }
        }
        return resolved.stream()
                .filter(r -> real.startsWith(r.real()))
                .max(Comparator.comparingInt(r -> r.real().getNameCount()));
    }

    private record Resolved(Path folder, Path real) {
        Path spell(Path target) {
            return folder.resolve(real.relativize(target));
        }
    }

    private static Optional<Path> real(Path folder) {
        try {
            return Optional.of(folder.toRealPath());
        } catch (IOException notThere) {
            return Optional.empty();
        }
    }
}
