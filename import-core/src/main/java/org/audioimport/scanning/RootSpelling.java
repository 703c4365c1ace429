package org.audioimport.scanning;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names each folder to scan as the catalogue already names it. A folder reached through a symbolic link
 * and the same folder by its own path are two paths to the catalogue: scanned once each way, every file
 * in it would be catalogued (and decoded) twice. So a folder that is not inside a folder scanned before,
 * as written, but is the same folder as one (or inside it) once links are resolved, is scanned under the
 * earlier spelling: {@code ~/Music} linked to {@code /srv/music} after {@code /srv/music} was imported is
 * scanned as {@code /srv/music}, and its files keep their rows.
 */
public final class RootSpelling {
    private static final Logger LOG = LoggerFactory.getLogger(RootSpelling.class);

    private RootSpelling() {}

    /**
     * {@code roots} (absolute and normalised), each under the spelling of the deepest folder of {@code
     * scanned} that holds it once links are resolved, when it is not inside one of them as written. A
     * folder that does not resolve (not there, or not mounted) keeps its spelling; folders scanned before
     * that no longer resolve, or were recorded relative, name nothing.
     */
    public static List<Path> asCatalogued(List<Path> roots, List<Path> scanned) {
        // A relative folder recorded by an older version was relative to a working folder nobody knows now.
        List<Path> earlier = scanned.stream()
                .filter(Path::isAbsolute)
                .map(Path::normalize)
                .distinct()
                .toList();
        List<Resolved> resolved = new ArrayList<>();
        for (Path folder : earlier) {
            real(folder).ifPresent(real -> resolved.add(new Resolved(folder, real)));
        }
        List<Path> spelled = new ArrayList<>();
        for (Path root : roots) {
            Path absolute = root.toAbsolutePath().normalize();
            Path named = absolute;
            if (earlier.stream().noneMatch(absolute::startsWith)) {
                named = real(absolute)
                        .flatMap(real -> resolved.stream()
                                .filter(r -> real.startsWith(r.real()))
                                .max(Comparator.comparingInt(r -> r.real().getNameCount()))
                                .map(r -> r.folder().resolve(r.real().relativize(real))))
                        .orElse(absolute);
            }
            if (!named.equals(absolute)) {
                LOG.info("{} is the folder the catalogue knows as {}: scanned under that name", absolute, named);
            }
            spelled.add(named);
        }
        return spelled;
    }

    private record Resolved(Path folder, Path real) {}

    private static Optional<Path> real(Path folder) {
        try {
            return Optional.of(folder.toRealPath());
        } catch (IOException notThere) {
            return Optional.empty();
        }
    }
}
