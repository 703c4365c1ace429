package org.audioimport.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.audioimport.scanning.LibraryWalker;
import org.audioimport.scanning.LinkRedirect;
import org.audioimport.scanning.RootSpelling;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.KnownFiles;

/**
 * The folders one scan covers, each under the name the catalogue knows it by, and the scan's plan for
 * them. The folders named are spelled as the catalogue spelled them first ({@link RootSpelling}). A link
 * met inside them that leads into a folder the catalogue holds under another name is not walked through;
 * the folder it leads to joins the scan under that name instead, so its files keep their rows rather than
 * being catalogued again under the link's path. Such folders are found only by walking, so the walk is then
 * made again with them first, and each real folder is still entered once. A catalogue that already holds
 * files under the link's own path (an older version walked it) keeps them there.
 */
record ScanScope(List<Path> roots, ScanPlan plan) {
    static ScanScope plan(WalkSettings walk, List<Path> named, ScanHistory history)
            throws IOException, CatalogueException {
        List<Path> toSpell = Stream.concat(named.stream(), walk.libraryFolders().stream())
                .map(folder -> folder.toAbsolutePath().normalize())
                .distinct()
                .toList();
        Set<Path> heldAsWritten = new HashSet<>();
        for (Path folder : toSpell) {
            if (history.holdsFilesUnder(folder)) {
                heldAsWritten.add(folder);
            }
        }
        RootSpelling spelling = RootSpelling.of(history.scannedRoots(), heldAsWritten::contains);
        List<Path> roots = spelling.asCatalogued(named);
        // A folder respelled must still find its library folder, whose ignore rules and emptiness judge it.
        WalkSettings spelledWalk = walk.withLibraryFolders(Stream.concat(
                        walk.libraryFolders().stream(),
                        walk.libraryFolders().stream().map(spelling::spellingOf))
                .distinct()
                .toList());
        LinksToCatalogued links = new LinksToCatalogued(spelling, history.knownFiles(roots));
        ScanPlan plan = ScanPlan.walk(new LibraryWalker(spelledWalk, links), roots, links.known);
        List<Path> joining = links.targets.stream()
                .filter(target -> roots.stream().noneMatch(target::startsWith))
                .distinct()
                .toList();
        if (joining.isEmpty()) {
            return new ScanScope(roots, plan);
        }
        List<Path> all = Stream.concat(joining.stream(), roots.stream()).toList();
        LinksToCatalogued again = new LinksToCatalogued(spelling, history.knownFiles(all));
        return new ScanScope(all, ScanPlan.walk(new LibraryWalker(spelledWalk, again), all, again.known));
    }

    /** The links of one walk that lead into folders the catalogue holds under other names. */
    private static final class LinksToCatalogued implements LinkRedirect {
        private final RootSpelling spelling;
        private final KnownFiles known;
        private final List<Path> targets = new ArrayList<>();

        LinksToCatalogued(RootSpelling spelling, KnownFiles known) {
            this.spelling = spelling;
            this.known = known;
        }

        @Override
        public Optional<Path> elsewhere(Path link) {
            Optional<Path> target = spelling.linkTarget(link).filter(place -> !known.holdsUnder(link));
            target.ifPresent(targets::add);
            return target;
        }
    }
}
